package org.ecrf.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.ecrf.testing.ApiClient;
import org.ecrf.testing.ApiClient.Answer;
import org.ecrf.testing.ItDeployments;
import org.ecrf.testing.TopitChildren;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A corpus of hostile and broken bodies against every endpoint that takes one (XML uploads and JSON
 * requests), each sent by a user who may call it: no answer is a server error, no external entity
 * is resolved, and the audit trail still verifies afterwards (nothing half-written).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputIT {

  private static final String STUDY = TopitChildren.STUDY;

  private static final String XXE =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <!DOCTYPE ODM [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
      <ODM xmlns="http://www.cdisc.org/ns/odm/v1.3" ODMVersion="1.3.2" FileType="Transactional"
           FileOID="X" CreationDateTime="2026-01-01T00:00:00Z">
        <ClinicalData StudyOID="TOPIT" MetaDataVersionOID="MDV.1">
          <SubjectData SubjectKey="&xxe;"/>
        </ClinicalData>
      </ODM>
      """;

  private static final String BILLION_LAUGHS =
      """
      <?xml version="1.0"?>
      <!DOCTYPE lolz [
        <!ENTITY lol "lol">
        <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
        <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
        <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
        <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
        <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
        <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
        <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
        <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
      ]>
      <ODM xmlns="http://www.cdisc.org/ns/odm/v1.3">&lol9;</ODM>
      """;

  private static byte[] oversized;

  @ArquillianResource private URL deployment;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ItDeployments.builtWar();
  }

  @Test
  void noHostileBodyMakesAnEndpointFailWithAServerErrorOrReadALocalFile() {
    TopitChildren topit = new TopitChildren(deployment);
    String child = topit.randomised("inv.pot", "POT", "UC");
    List<Call> calls = new ArrayList<>();
    for (String path :
        List.of(STUDY + "clinicaldata", "api/v1/definitions/validate", "api/v1/definitions")) {
      String user = path.contains("clinicaldata") ? "inv.pot" : "dm";
      xmlCorpus(child).forEach(body -> calls.add(new Call(user, path, "application/xml", body)));
    }
    xmlCorpus(child)
        .forEach(
            body -> calls.add(new Call("dm", STUDY + "dosing/dry-run", "application/xml", body)));
    List<String[]> jsonEndpoints =
        List.of(
            new String[] {"inv.pot", STUDY + "subjects"},
            new String[] {"inv.pot", STUDY + "subjects/" + child + "/screening-failure"},
            new String[] {"inv.pot", STUDY + "subjects/" + child + "/visits/SE.WEEK2/missed"},
            new String[] {"inv.pot", STUDY + "subjects/" + child + "/randomisation"},
            new String[] {"monitor", STUDY + "queries"},
            new String[] {"monitor", STUDY + "sdv"},
            new String[] {"dm", STUDY + "lock"},
            new String[] {
              "inv.pot", STUDY + "subjects/" + child + "/forms/SE.WEEK0/F.PUCAI/transitions"
            },
            new String[] {"admin", "api/v1/sites"},
            new String[] {"admin", "api/v1/users"});
    for (String[] endpoint : jsonEndpoints) {
      jsonCorpus()
          .forEach(body -> calls.add(new Call(endpoint[0], endpoint[1], "application/json", body)));
    }

    for (Call call : calls) {
      Answer answer =
          ApiClient.asDemoUser(deployment, call.user())
              .postBytes(call.path(), call.body(), call.type());
      String what = call.user() + " POST " + call.path() + " " + call.describe();
      assertThat(answer.status()).as(what + " -> " + answer).isLessThan(500);
      assertThat(answer.body()).as(what).doesNotContain("root:x:0:0");
    }
    Answer verification = ApiClient.asDemoUser(deployment, "dm").get(STUDY + "audit/verify");
    assertThat(verification.json().getBoolean("valid")).as(verification.body()).isTrue();
  }

  private static List<byte[]> xmlCorpus(String child) {
    String form =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <ODM xmlns="http://www.cdisc.org/ns/odm/v1.3" ODMVersion="1.3.2" FileType="Transactional"
             FileOID="H" CreationDateTime="2026-01-01T00:00:00Z">
          <ClinicalData StudyOID="TOPIT" MetaDataVersionOID="MDV.1">
            <SubjectData SubjectKey="%s"><StudyEventData StudyEventOID="SE.WEEK0">
              <FormData FormOID="F.ANTHRO" TransactionType="Insert">
                <ItemGroupData ItemGroupOID="IG.ANTHRO">
                  <ItemData ItemOID="I.ANTHRO_WEIGHT_KG" Value="%s"/>
                </ItemGroupData></FormData></StudyEventData></SubjectData>
          </ClinicalData>
        </ODM>
        """;
    List<byte[]> corpus = new ArrayList<>();
    corpus.add(utf8(XXE));
    corpus.add(utf8(BILLION_LAUGHS));
    corpus.add(utf8("<ODM"));
    corpus.add(utf8(""));
    corpus.add(utf8("{\"not\": \"xml\"}"));
    for (String value :
        List.of(
            "1e999",
            "NaN",
            "-Infinity",
            "12,5,3",
            "2026-13-45",
            "&lt;script&gt;alert(1)&lt;/script&gt;",
            "' OR 1=1 --",
            "9".repeat(400))) {
      corpus.add(utf8(form.formatted(child, value)));
    }
    corpus.add(utf8(form.formatted("<script>", "30")));
    byte[] invalid = utf8(form.formatted(child, "30.XY"));
    int at = new String(invalid, StandardCharsets.UTF_8).indexOf("30.XY");
    invalid[at + 3] = (byte) 0xC3;
    invalid[at + 4] = (byte) 0x28;
    corpus.add(invalid);
    corpus.add(oversized());
    return corpus;
  }

  private static List<byte[]> jsonCorpus() {
    List<byte[]> corpus = new ArrayList<>();
    for (String json :
        List.of(
            "",
            "{",
            "null",
            "[]",
            "\"text\"",
            "{\"site\": 5, \"reason\": [], \"to\": {}, \"items\": \"x\"}",
            "{\"site\": \"POT\", \"birthMonth\": \"2014-99\", \"sex\": \"<script>\", \"diagnosis\": \"'; DROP TABLE subject; --\"}",
            "{\"reason\": \"<script>alert(1)</script>\", \"text\": \"' OR 1=1 --\", \"subjectKey\": \"../../etc\"}",
            "{\"scope\": \"STUDY\", \"action\": \"EXPLODE\", \"reason\": \"x\"}",
            "{\"to\": \"LOCKED\", \"password\": null}",
            "{\"username\": \""
                + "u".repeat(5000)
                + "\", \"reason\": \""
                + "r".repeat(100_000)
                + "\"}")) {
      corpus.add(utf8(json));
    }
    corpus.add(
        new byte[] {'{', '"', 'r', 'e', 'a', 's', 'o', 'n', '"', ':', '"', (byte) 0xFF, '"', '}'});
    return corpus;
  }

  /** Just over the 16 MiB that uploads accept by default; built once, shared by the calls. */
  private static byte[] oversized() {
    if (oversized == null) {
      StringBuilder body = new StringBuilder("<?xml version=\"1.0\"?><ODM>");
      while (body.length() < 17 * 1024 * 1024) {
        body.append("<!-- padding padding padding padding padding padding padding padding -->");
      }
      oversized = utf8(body.append("</ODM>").toString());
    }
    return oversized;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private record Call(String user, String path, String type, byte[] body) {

    String describe() {
      String text = new String(body, 0, Math.min(body.length, 80), StandardCharsets.UTF_8);
      return "[" + body.length + " bytes] " + text.replaceAll("\\s+", " ");
    }
  }
}
