package org.ecrf.crf.odm;

import java.util.List;
import java.util.Optional;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.crf.domain.StudyDesign;
import org.ecrf.crf.domain.StudyHeader;

/**
 * Turns the tree of a validated ODM file into the immutable {@link StudyDefinition} of its (only)
 * Study and MetaDataVersion. Called only when validation found no error, so the tree has the
 * schema's shape and every reference resolves.
 */
final class StudyDefinitionMapper {

  private StudyDefinitionMapper() {}

  static StudyDefinition map(OdmElement odm) {
    OdmElement study = odm.child("Study").orElseThrow();
    OdmElement mdv = study.child("MetaDataVersion").orElseThrow();
    OdmElement globals = study.child("GlobalVariables").orElseThrow();
    String studyOid = study.attributeOrEmpty("OID");
    StudyHeader header =
        new StudyHeader(
            studyOid,
            globals.child("StudyName").map(e -> e.text().strip()).orElse(""),
            globals.child("ProtocolName").map(e -> e.text().strip()).orElse(""),
            mdv.attributeOrEmpty("OID"),
            mdv.attributeOrEmpty("Name"),
            mdv.attributeOrEmpty("Description"));
    Optional<OdmElement> protocol = mdv.child("Protocol");
    StudyDesign design =
        new StudyDesign(
            locations(odm, studyOid).stream().map(DesignMapper::location).toList(),
            protocol.map(p -> p.edcChildren("Arm")).orElse(List.of()).stream()
                .map(DesignMapper::arm)
                .toList(),
            protocol.flatMap(p -> p.edcChild("Randomisation")).map(DesignMapper::randomisation),
            DesignMapper.protocol(protocol),
            mdv.edcChildren("Blinding").stream().map(DesignMapper::blinding).toList(),
            mdv.edcChild("DosingRuleSet").map(DesignMapper::dosingRuleSet));
    StudyDefinition.Builder builder = StudyDefinition.builder(header, design);
    mdv.children("StudyEventDef").forEach(e -> builder.event(DesignMapper.studyEvent(e)));
    mdv.children("FormDef").forEach(e -> builder.form(MetadataMapper.form(e)));
    mdv.children("ItemGroupDef").forEach(e -> builder.itemGroup(MetadataMapper.itemGroup(e)));
    mdv.children("ItemDef").forEach(e -> builder.item(MetadataMapper.item(e)));
    mdv.children("CodeList").forEach(e -> builder.codeList(MetadataMapper.codeList(e)));
    mdv.children("ConditionDef").forEach(e -> builder.condition(MetadataMapper.condition(e)));
    mdv.children("MethodDef").forEach(e -> builder.method(MetadataMapper.method(e)));
    study
        .child("BasicDefinitions")
        .ifPresent(
            basics ->
                basics
                    .children("MeasurementUnit")
                    .forEach(e -> builder.unit(MetadataMapper.unit(e))));
    return builder.build();
  }

  /** The Locations of the AdminData that belongs to the study (or has no StudyOID). */
  private static List<OdmElement> locations(OdmElement odm, String studyOid) {
    return odm.children("AdminData").stream()
        .filter(admin -> admin.attribute("StudyOID").map(studyOid::equals).orElse(true))
        .flatMap(admin -> admin.children("Location").stream())
        .toList();
  }
}
