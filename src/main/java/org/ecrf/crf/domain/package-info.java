/**
 * The study definition as the platform uses it: an immutable model of one ODM MetaDataVersion
 * (events, forms, item groups, items, code lists, units, conditions, methods) plus our extension
 * (visit timing, arms, randomisation, blinding, SDV plan, dosing rule set). It also holds the small
 * expression language of ConditionDefs and edit checks. Plain Java: it knows no XML; {@code
 * org.ecrf.crf.odm} reads the ODM files into it.
 */
package org.ecrf.crf.domain;
