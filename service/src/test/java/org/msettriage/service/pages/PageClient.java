package org.msettriage.service.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a browser does for the auditor pages, over plain HTTP: keeps cookies, does not follow redirects
 * (so a test sees them), and posts forms with the form token the last page carried.
 */
public final class PageClient {

    public static final String SESSION_COOKIE = "MSET_AUDIT_SESSION";

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String base;

    public PageClient(String base) {
        this.base = base;
    }

    /** An answer: status, headers and the page. */
    public record Page(int status, HttpResponse<String> response) {

        public String body() {
            return response.body();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public List<String> headers(String name) {
            return response.headers().allValues(name);
        }

        /** The form token of the first form on the page. */
        public String formToken() {
            Matcher token = FORM_TOKEN.matcher(body());
            if (!token.find()) {
                throw new AssertionError("no form token on the page (status " + status + "):\n" + body());
            }
            return token.group(1);
        }
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), Map.of());
    }

    public Page get(String path, Map<String, String> headers) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), headers);
    }

    /** A form post, fields as given (a test that wants the form token adds it). */
    public Page post(String path, Map<String, String> fields) {
        return post(path, List.copyOf(fields.entrySet()));
    }

    /** A form post whose fields may repeat a name, as a form with several inputs of one name sends them. */
    public Page post(String path, List<Map.Entry<String, String>> fields) {
        String form = fields.stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)),
                Map.of());
    }

    /** A multipart form post, as a file input sends it: the fields, then one file. */
    public Page postFile(String path, Map<String, String> fields, String fileField, String fileName, byte[] file) {
        return postFile(path, fields, fileField, fileName, file, Map.of());
    }

    /** As {@link #postFile(String, Map, String, String, byte[])}, with headers of its own (Accept, say). */
    public Page postFile(
            String path,
            Map<String, String> fields,
            String fileField,
            String fileName,
            byte[] file,
            Map<String, String> headers) {
        String boundary = "mset-test-" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.util.function.Consumer<String> write = text -> body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        fields.forEach((name, value) -> write.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n"));
        write.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/zip\r\n\r\n");
        body.writeBytes(file);
        write.accept("\r\n--" + boundary + "--\r\n");
        return send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())),
                headers);
    }

    /**
     * Where a browser goes after this answer: the page a 303 See Other names, fetched with GET (the flash
     * attributes it carries kept by this client's session), or this answer itself.
     */
    public Page followed(Page answer) {
        if (answer.status() != 303) {
            return answer;
        }
        String location = answer.header("Location");
        return get(location.startsWith(base) ? location.substring(base.length()) : location);
    }

    /** Opens the sign-in form and sends it with this credential and the form's token. */
    public Page signIn(String credential) {
        String token = get("/audit/sign-in").formToken();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", token);
        fields.put("credential", credential);
        return post("/audit/sign-in", fields);
    }

    /** Sends the sign-out form of the home page. */
    public Page signOut() {
        return post("/audit/sign-out", Map.of("_csrf", get("/audit").formToken()));
    }

    /** The session cookie this client holds now, if any. */
    public Optional<HttpCookie> sessionCookie() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(SESSION_COOKIE))
                .findFirst();
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private Page send(HttpRequest.Builder request, Map<String, String> headers) {
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
