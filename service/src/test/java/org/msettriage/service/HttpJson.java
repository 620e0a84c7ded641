package org.msettriage.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small real-HTTP client for the service tests: JSON in, status, headers and JSON out, sent with a
 * bearer credential when it has one.
 */
public final class HttpJson {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String bearer;
    private final String accessReason;

    /** A client that sends no credential. */
    /** The service's base address, as http://host:port. */
    public String base() {
        return base;
    }

    public HttpJson(String base) {
        this(base, null);
    }

    public HttpJson(String base, String bearer) {
        this(base, bearer, null);
    }

    private HttpJson(String base, String bearer, String accessReason) {
        this.base = base;
        this.bearer = bearer;
        this.accessReason = accessReason;
    }

    /**
     * The same, giving this reason in Mset-Access-Reason on every request (an auditor's reads of a
     * child's record need one); a header a request names itself replaces it.
     */
    public HttpJson withAccessReason(String reason) {
        return new HttpJson(base, bearer, reason);
    }

    /** The same service, called with this bearer credential. */
    public HttpJson as(String credential) {
        return new HttpJson(base, credential);
    }

    /** The same service, called with this role's demo API key. */
    public HttpJson as(DemoClients.Key key) {
        return as(key.key());
    }

    public record Answer(int status, HttpResponse<String> response) {

        public JsonNode json() {
            return JSON.readTree(response.body());
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }

    public Answer post(String path, String body) {
        return post(path, body, Map.of());
    }

    /** A JSON POST with headers of its own (an Idempotency-Key, say). */
    public Answer post(String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json");
        headers.forEach(request::setHeader);
        return send(request.POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Answer put(String path, String body) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A JSON POST of bytes as they are, for bodies a String cannot carry (malformed UTF-8). */
    public Answer postBytes(String path, byte[] body) {
        return postBytes(path, body, Map.of());
    }

    /** The same, with headers of its own (a Content-Encoding, say). */
    public Answer postBytes(String path, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json");
        headers.forEach(request::setHeader);
        return send(request.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Answer postZip(String path, byte[] zip) {
        return send(request(path)
                .header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip)));
    }

    public Answer get(String pathOrUrl) {
        return send(request(pathOrUrl).GET());
    }

    /** A GET whose body is bytes (a zip), not text; fails unless the answer is 200. */
    public byte[] getBytes(String pathOrUrl) {
        try {
            HttpResponse<byte[]> response =
                    client.send(request(pathOrUrl).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError("GET " + pathOrUrl + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Any request, for tests that need other methods or headers; the credential is added as for the rest. */
    public Answer send(String method, String pathOrUrl, Map<String, String> headers) {
        HttpRequest.Builder request = request(pathOrUrl).method(method, HttpRequest.BodyPublishers.noBody());
        headers.forEach(request::setHeader);
        return send(request);
    }

    private HttpRequest.Builder request(String pathOrUrl) {
        URI uri = pathOrUrl.startsWith("http") ? URI.create(pathOrUrl) : URI.create(base + pathOrUrl);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri);
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (accessReason != null) {
            request.setHeader("Mset-Access-Reason", accessReason);
        }
        return request;
    }

    private Answer send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
