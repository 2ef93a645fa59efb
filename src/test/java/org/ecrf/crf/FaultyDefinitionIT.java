package org.ecrf.crf;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.ecrf.testing.ItDeployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A faulty study definition shipped in the WAR stops the deployment, so nobody enters data against
 * it. (Payara Micro keeps running without the application, and its Arquillian adapter does not
 * report the failure: the test looks for the application instead.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FaultyDefinitionIT {

  @ArquillianResource private URL server;

  @Deployment(testable = false)
  static WebArchive deploymentWithAFaultyDefinition() {
    return ItDeployments.builtWar()
        .add(
            new StringAsset(
                "<?xml version=\"1.0\"?><ODM xmlns=\"http://www.cdisc.org/ns/odm/v1.3\" FileOID=\"F\""
                    + " FileType=\"Snapshot\" CreationDateTime=\"2026-11-24T10:00:00\"><Study OID=\"BROKEN\"/></ODM>"),
            "WEB-INF/crf-definitions/BROKEN/MDV.1.xml");
  }

  @Test
  void theApplicationIsNotDeployed() throws Exception {
    URI loginPage =
        URI.create("http://" + server.getHost() + ":" + server.getPort() + "/ecrf/login.xhtml");

    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(loginPage).build(), HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(404);
  }
}
