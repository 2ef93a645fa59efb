package org.ecrf.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Calls the REST API of a deployed application as one user (HTTP Basic), and reads JSON answers.
 */
public final class ApiClient {

  public static final String DEMO_PASSWORD = "topit-demo-2026";

  private final URI base;
  private final String authorization;
  private final HttpClient http;

  private ApiClient(URI base, String authorization) {
    this.base = base;
    this.authorization = authorization;
    HttpClient.Builder client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10));
    this.http =
        (authorization == null ? client.version(HttpClient.Version.HTTP_1_1) : client).build();
  }

  /** A client for the application at {@code deployment} (the Arquillian URL, ending with '/'). */
  public static ApiClient as(URL deployment, String username, String password) {
    String token =
        Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new ApiClient(URI.create(deployment.toString()), "Basic " + token);
  }

  public static ApiClient asDemoUser(URL deployment, String username) {
    return as(deployment, username, DEMO_PASSWORD);
  }

  /**
   * A client that sends no credentials at all, as a caller who has not signed in. Its requests ask
   * {@code Expect: 100-continue} (over HTTP/1.1, where it mixes with no protocol upgrade): the
   * server refuses them (401) before it reads a body, and without the header a large body would
   * meet a closed connection instead of the refusal.
   */
  public static ApiClient anonymous(URL deployment) {
    return new ApiClient(URI.create(deployment.toString()), null);
  }

  public Answer get(String path) {
    return send(request(path).GET());
  }

  /** A GET that accepts ODM XML. */
  public Answer getXml(String path) {
    return send(request(path).setHeader("Accept", "application/xml").GET());
  }

  public Answer post(String path, String json) {
    return send(request(path).header("Content-Type", "application/json").POST(body(json)));
  }

  public Answer getWithAccept(String path, String mediaType) {
    return send(request(path).setHeader("Accept", mediaType).GET());
  }

  public Answer postWithType(String path, String body, String mediaType) {
    return send(request(path).header("Content-Type", mediaType).POST(body(body)));
  }

  /** A POST of raw bytes, e.g. a body that is not valid UTF-8. */
  public Answer postBytes(String path, byte[] body, String mediaType) {
    return send(
        request(path)
            .header("Content-Type", mediaType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  public Answer postXml(String path, String xml) {
    return send(request(path).header("Content-Type", "application/xml").POST(body(xml)));
  }

  public Answer put(String path, String json) {
    return send(request(path).header("Content-Type", "application/json").PUT(body(json)));
  }

  public Answer delete(String path) {
    return send(request(path).DELETE());
  }

  /** A GET of a file (any media type), keeping its bytes and headers. */
  public Download download(String path) {
    try {
      HttpResponse<byte[]> response =
          http.send(
              request(path).setHeader("Accept", "*/*").GET().build(),
              HttpResponse.BodyHandlers.ofByteArray());
      return new Download(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json");
    return authorization == null
        ? request.expectContinue(true)
        : request.header("Authorization", authorization);
  }

  private static HttpRequest.BodyPublisher body(String json) {
    return HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
  }

  private Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A downloaded file: status, headers and the bytes as sent. */
  public record Download(int status, java.net.http.HttpHeaders headers, byte[] body) {

    /** A header's value, or empty. */
    public String header(String name) {
      return headers.firstValue(name).orElse("");
    }

    /** The body as UTF-8 text (for error answers and XML). */
    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /** An HTTP answer: status and body, with JSON accessors. */
  public record Answer(int status, String body) {

    public JsonObject json() {
      return (JsonObject) parse();
    }

    public JsonArray jsonArray() {
      return (JsonArray) parse();
    }

    private JsonStructure parse() {
      try (var reader = Json.createReader(new StringReader(body))) {
        return reader.read();
      }
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }
}
