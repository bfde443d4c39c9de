package nl.schoolboard.sexting.devissuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.schoolboard.sexting.devissuer.token.IdentityClaims;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The issuer on a random port, used the way the services and the web UI use it: discovery and JWKS over HTTP,
 * tokens verified with a {@link NimbusJwtDecoder} built from the JWKS URI (as Spring's resource server does) with
 * issuer, audience and timestamp checks, the authorization-code flow with PKCE through the real login form, and a
 * restart on the same key file.
 *
 * <p>The issuer is configured as {@value #ISSUER}, an address nobody listens on: discovery, {@code iss} and the
 * JWKS link must come from the configuration, not from where the request happened to arrive.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DevIssuerIT {

    static final String ISSUER = "http://dev-issuer.test:9000";
    static final String CALLBACK = "http://localhost:8080/login/callback";
    /** The web UI's origin (the gateway that serves it), configured as the one allowed CORS origin. */
    static final String UI_ORIGIN = "http://desk.test:8080";

    static final Path KEY_FILE_ROOT;
    static final Path KEY_FILE;

    static {
        try {
            KEY_FILE_ROOT = Files.createTempDirectory("dev-issuer-it");
            KEY_FILE = KEY_FILE_ROOT.resolve("data/dev-issuer/jwk.json");
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @AfterAll
    static void deleteKeyFile() throws IOException {
        try (var files = Files.walk(KEY_FILE_ROOT)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add(DevelopmentOnly.ENABLED, () -> "true");
        registry.add("dev-issuer.issuer", () -> ISSUER);
        registry.add("dev-issuer.key-file", KEY_FILE::toString);
        registry.add("dev-issuer.allowed-origins", () -> UI_ORIGIN + "/");
    }

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void discovery_names_the_configured_issuer_and_the_jwks_holds_the_public_key_of_the_key_file() throws Exception {
        JsonNode discovery = getJson(base() + "/.well-known/openid-configuration");

        assertThat(discovery.path("issuer").asText()).isEqualTo(ISSUER);
        assertThat(discovery.path("jwks_uri").asText()).isEqualTo(ISSUER + "/oauth2/jwks");
        assertThat(discovery.path("authorization_endpoint").asText()).isEqualTo(ISSUER + "/oauth2/authorize");
        assertThat(discovery.path("token_endpoint").asText()).isEqualTo(ISSUER + "/oauth2/token");
        assertThat(discovery.path("userinfo_endpoint").asText()).isEqualTo(ISSUER + "/userinfo");
        assertThat(texts(discovery.path("code_challenge_methods_supported"))).contains("S256");
        assertThat(texts(discovery.path("id_token_signing_alg_values_supported"))).contains("RS256");

        JsonNode jwks = getJson(base() + "/oauth2/jwks");
        assertThat(jwks.path("keys")).hasSize(1);
        JsonNode key = jwks.path("keys").get(0);
        assertThat(key.path("kty").asText()).isEqualTo("RSA");
        assertThat(key.path("alg").asText()).isEqualTo("RS256");
        assertThat(key.path("use").asText()).isEqualTo("sig");
        assertThat(key.has("d")).as("no private part in the JWKS").isFalse();
        assertThat(key.path("kid").asText()).isEqualTo(json.readTree(Files.readString(KEY_FILE)).path("kid").asText());
    }

    @Test
    void health_answers_up_without_a_login() throws Exception {
        HttpResponse<String> health = get(base() + "/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(json.readTree(health.body()).path("status").asText()).isEqualTo("UP");
    }

    @Test
    void a_dev_token_for_a_demo_user_verifies_against_the_jwks_and_carries_every_claim() throws Exception {
        HttpResponse<String> response = postJson("/dev/tokens", Map.of("username", "demo-leader"));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("token_type").asText()).isEqualTo("Bearer");
        assertThat(body.path("expires_in").asLong()).isEqualTo(3600);

        Instant before = Instant.now();
        Jwt jwt = serviceDecoder().decode(body.path("access_token").asText());

        assertSignedAccessTokenOfAnHour(jwt);
        assertIdentity(jwt, new IdentityClaims("demo-leader-noord-1", "demo-board", List.of("school-noord"),
                List.of("SCHOOL_LEADER"), "Demo Schoolleider Noord"));
        assertThat(jwt.getIssuedAt()).isBetween(before.minusSeconds(5), Instant.now().plusSeconds(1));
        assertThat(payloadOf(body.path("access_token").asText()).get("aud").isTextual())
                .as("aud as it is on the wire: one string").isTrue();
    }

    @Test
    void a_dev_token_with_claims_of_its_own_verifies_with_exactly_those_claims() throws Exception {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("sub", "attacker-7");
        request.put("board", "other-board");
        request.put("schools", List.of("school-noord", "school-midden"));
        request.put("roles", List.of("CARE_COORDINATOR", "TEAM_MEMBER"));
        request.put("name", "Mallory");
        JsonNode body = json.readTree(postJson("/dev/tokens", request).body());

        Jwt jwt = serviceDecoder().decode(body.path("access_token").asText());

        assertIdentity(jwt, new IdentityClaims("attacker-7", "other-board", List.of("school-noord", "school-midden"),
                List.of("CARE_COORDINATOR", "TEAM_MEMBER"), "Mallory"));
        assertThat(jwt.getAudience()).containsExactly("sexting-protocol");
    }

    @Test
    void expired_and_wrong_audience_dev_tokens_are_signed_correctly_but_refused_by_a_service_decoder()
            throws Exception {
        String expired = json.readTree(postJson("/dev/tokens", Map.of("username", "demo-team", "expiresIn", -120))
                .body()).path("access_token").asText();
        String otherAudience = json.readTree(postJson("/dev/tokens",
                Map.of("username", "demo-team", "audience", "some-other-api")).body()).path("access_token").asText();

        assertThatThrownBy(() -> serviceDecoder().decode(expired)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
        assertThatThrownBy(() -> serviceDecoder().decode(otherAudience)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("aud");
        NimbusJwtDecoder signatureOnly = NimbusJwtDecoder.withJwkSetUri(base() + "/oauth2/jwks").build();
        signatureOnly.setJwtValidator(jwt -> OAuth2TokenValidatorResult.success());
        assertThat(signatureOnly.decode(otherAudience).getAudience()).containsExactly("some-other-api");
        assertThat(signatureOnly.decode(expired).getExpiresAt()).isBefore(Instant.now().minusSeconds(100));
    }

    @Test
    void dev_token_requests_that_make_no_sense_get_a_problem_not_a_token() throws Exception {
        for (Map<String, Object> request : List.<Map<String, Object>>of(
                Map.of("username", "nobody"),
                Map.of("sub", "x", "board", "demo-board", "role", List.of("AUDITOR")),
                Map.of("sub", "x", "board", "demo-board", "roles", List.of("HEADMASTER")),
                Map.of("username", "demo-leader", "schools", List.of("school-zuid")),
                Map.of("board", "demo-board"))) {
            HttpResponse<String> response = postJson("/dev/tokens", request);

            assertThat(response.statusCode()).as(request.toString()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(json.readTree(response.body()).path("detail").asText()).as(request.toString()).isNotBlank();
            assertThat(response.body()).doesNotContain("access_token");
        }
    }

    @Test
    void the_web_client_signs_a_demo_user_in_with_authorization_code_and_pkce_and_gets_the_claims() throws Exception {
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();

        // 1. the UI sends the browser to the authorization endpoint; without a session it goes to the login form
        String verifier = randomUrlSafe(32);
        String state = randomUrlSafe(12);
        String authorize = authorizeUrl(challengeOf(verifier), state);
        HttpResponse<String> first = browse(browser, authorize);
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(location(first)).isEqualTo(base() + "/login");

        HttpResponse<String> form = browse(browser, base() + "/login");
        assertThat(form.statusCode()).isEqualTo(200);
        Matcher csrf = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
        assertThat(csrf.find()).as("CSRF token in the login form").isTrue();

        // 2. a wrong password stays at the login form
        HttpResponse<String> refused = browser.send(formPost(base() + "/login",
                Map.of("username", "demo-care", "password", "wrong", "_csrf", csrf.group(1))),
                HttpResponse.BodyHandlers.ofString());
        assertThat(location(refused)).isEqualTo(base() + "/login?error");

        // 3. the right password continues the authorization request
        form = browse(browser, base() + "/login");
        assertThat(csrf = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form.body()))
                .satisfies(matcher -> assertThat(matcher.find()).isTrue());
        HttpResponse<String> login = browser.send(formPost(base() + "/login",
                Map.of("username", "demo-care", "password", "demo", "_csrf", csrf.group(1))),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(location(login)).startsWith(base() + "/oauth2/authorize?");

        HttpResponse<String> granted = browse(browser, location(login));
        assertThat(granted.statusCode()).isEqualTo(302);
        URI callback = URI.create(location(granted));
        assertThat(callback.toString()).startsWith(CALLBACK + "?");
        Map<String, String> parameters = query(callback);
        assertThat(parameters).containsEntry("state", state).containsKey("code");

        // 4. the code is worth nothing without the verifier it was asked with
        HttpResponse<String> wrongVerifier = http.send(formPost(base() + "/oauth2/token", Map.of(
                "grant_type", "authorization_code", "code", parameters.get("code"), "redirect_uri", CALLBACK,
                "client_id", "case-desk", "code_verifier", randomUrlSafe(32))), HttpResponse.BodyHandlers.ofString());
        assertThat(wrongVerifier.statusCode()).isEqualTo(400);
        assertThat(json.readTree(wrongVerifier.body()).path("error").asText()).isEqualTo("invalid_grant");

        // 5. a new code (the session is signed in now), exchanged with the right verifier
        String verifier2 = randomUrlSafe(32);
        HttpResponse<String> again = browse(browser, authorizeUrl(challengeOf(verifier2), state));
        Map<String, String> parameters2 = query(URI.create(location(again)));
        HttpResponse<String> tokenResponse = http.send(formPost(base() + "/oauth2/token", Map.of(
                "grant_type", "authorization_code", "code", parameters2.get("code"), "redirect_uri", CALLBACK,
                "client_id", "case-desk", "code_verifier", verifier2)), HttpResponse.BodyHandlers.ofString());
        assertThat(tokenResponse.statusCode()).as(tokenResponse.body()).isEqualTo(200);
        JsonNode tokens = json.readTree(tokenResponse.body());
        assertThat(tokens.path("token_type").asText()).isEqualTo("Bearer");
        assertThat(tokens.path("scope").asText().split(" ")).containsExactlyInAnyOrder("openid", "profile");
        assertThat(tokens.path("expires_in").asLong()).isBetween(3590L, 3600L);

        Jwt access = serviceDecoder().decode(tokens.path("access_token").asText());
        assertSignedAccessTokenOfAnHour(access);
        assertIdentity(access, new IdentityClaims("demo-care-noord-1", "demo-board", List.of("school-noord"),
                List.of("CARE_COORDINATOR"), "Demo Zorgcoordinator Noord"));

        NimbusJwtDecoder idTokenDecoder = NimbusJwtDecoder.withJwkSetUri(base() + "/oauth2/jwks").build();
        idTokenDecoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(ISSUER));
        Jwt id = idTokenDecoder.decode(tokens.path("id_token").asText());
        assertThat(id.getAudience()).containsExactly("case-desk");
        assertThat(id.getSubject()).isEqualTo("demo-care-noord-1");
        assertThat(id.getClaimAsString("preferred_username")).isEqualTo("demo-care");
        assertThat(id.getClaimAsStringList("roles")).containsExactly("CARE_COORDINATOR");

        // 6. userinfo, which an OIDC login in the UI calls with the access token
        HttpResponse<String> userInfo = http.send(HttpRequest.newBuilder(URI.create(base() + "/userinfo"))
                .header("Authorization", "Bearer " + tokens.path("access_token").asText()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(userInfo.statusCode()).isEqualTo(200);
        JsonNode info = json.readTree(userInfo.body());
        assertThat(info.path("sub").asText()).isEqualTo("demo-care-noord-1");
        assertThat(texts(info.path("roles"))).containsExactly("CARE_COORDINATOR");
        assertThat(texts(info.path("schools"))).containsExactly("school-noord");
    }

    @Test
    void the_web_uis_origin_may_fetch_discovery_jwks_token_and_userinfo_from_its_pages() throws Exception {
        for (String path : List.of("/.well-known/openid-configuration", "/oauth2/jwks", "/oauth2/token",
                "/userinfo")) {
            HttpResponse<String> preflight = http.send(preflight(path, UI_ORIGIN, "POST", "content-type,authorization"),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(preflight.statusCode()).as(path).isEqualTo(200);
            assertThat(preflight.headers().allValues("Access-Control-Allow-Origin")).as(path)
                    .containsExactly(UI_ORIGIN);
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow()).as(path)
                    .contains("GET", "POST");
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElseThrow().toLowerCase())
                    .as(path).contains("content-type", "authorization");
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).as(path).isEmpty();
        }

        // what the UI's oidc-client fetches itself: discovery, then the token request (a form post, no preflight)
        HttpResponse<String> discovery = http.send(HttpRequest.newBuilder(URI.create(base()
                        + "/.well-known/openid-configuration")).header("Origin", UI_ORIGIN).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(discovery.statusCode()).isEqualTo(200);
        assertThat(discovery.headers().allValues("Access-Control-Allow-Origin")).containsExactly(UI_ORIGIN);
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(base() + "/oauth2/token"))
                        .header("Origin", UI_ORIGIN)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code",
                                "code", "no-such-code", "redirect_uri", CALLBACK, "client_id", "case-desk",
                                "code_verifier", randomUrlSafe(32))))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(token.statusCode()).isEqualTo(400);
        assertThat(token.headers().allValues("Access-Control-Allow-Origin"))
                .as("the UI can read why its token request was refused").containsExactly(UI_ORIGIN);
    }

    @Test
    void any_other_origin_gets_no_cors_answer() throws Exception {
        for (String origin : List.of("https://evil.example", "http://localhost:8080", UI_ORIGIN + ".evil.example",
                "http://desk.test:8081")) {
            for (String path : List.of("/.well-known/openid-configuration", "/oauth2/token", "/oauth2/jwks")) {
                HttpResponse<String> preflight = http.send(preflight(path, origin, "POST", "content-type"),
                        HttpResponse.BodyHandlers.ofString());

                assertThat(preflight.statusCode()).as(origin + " " + path).isEqualTo(403);
                assertThat(preflight.headers().map().keySet()).as(origin + " " + path)
                        .noneMatch(name -> name.toLowerCase().startsWith("access-control-"));
            }
            HttpResponse<String> discovery = http.send(HttpRequest.newBuilder(URI.create(base()
                            + "/.well-known/openid-configuration")).header("Origin", origin).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(discovery.statusCode()).as(origin).isEqualTo(403);
            assertThat(discovery.headers().firstValue("Access-Control-Allow-Origin")).as(origin).isEmpty();
        }
        // nor do the login form or the development helpers answer the UI's origin
        HttpResponse<String> devTokens = http.send(preflight("/dev/tokens", UI_ORIGIN, "POST", "content-type"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(devTokens.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void a_restart_on_the_same_key_file_keeps_the_kid_and_accepts_tokens_from_before() throws Exception {
        String kid = currentKid();
        String before = json.readTree(postJson("/dev/tokens", Map.of("username", "demo-auditor")).body())
                .path("access_token").asText();

        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(DevIssuerApplication.class)
                .run("--server.port=0", "--" + DevelopmentOnly.ENABLED + "=true", "--dev-issuer.issuer=" + ISSUER,
                        "--dev-issuer.key-file=" + KEY_FILE, "--spring.main.banner-mode=off")) {
            String restartedBase = "http://localhost"
                    + ":" + restarted.getEnvironment().getProperty("local.server.port");
            JsonNode jwks = getJson(restartedBase + "/oauth2/jwks");
            assertThat(jwks.path("keys").get(0).path("kid").asText()).isEqualTo(kid);

            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(restartedBase + "/oauth2/jwks").build();
            decoder.setJwtValidator(serviceValidator());
            assertThat(decoder.decode(before).getSubject()).isEqualTo("demo-auditor-board-1");
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    /** What a service does: keys from the JWKS URI; issuer, timestamps and audience checked. */
    /** Signed with the key file's key, by this issuer, for the services, valid for an hour. */
    private void assertSignedAccessTokenOfAnHour(Jwt token) throws Exception {
        assertThat(token.getHeaders()).containsEntry("alg", "RS256").containsEntry("kid", currentKid());
        assertThat(token.getIssuer()).hasToString(ISSUER);
        assertThat(token.getAudience()).containsExactly("sexting-protocol");
        assertThat(Duration.between(token.getIssuedAt(), token.getExpiresAt())).isEqualTo(Duration.ofHours(1));
    }

    /** The caller as a service reads it from the token: exactly these claims. */
    private static void assertIdentity(Jwt token, IdentityClaims expected) {
        assertThat(token.getSubject()).isEqualTo(expected.subject());
        assertThat(token.getClaimAsString("board")).isEqualTo(expected.board());
        assertThat(token.getClaimAsStringList("schools")).containsExactlyElementsOf(expected.schools());
        assertThat(token.getClaimAsStringList("roles")).containsExactlyElementsOf(expected.roles());
        assertThat(token.getClaimAsString("name")).isEqualTo(expected.name());
    }

    private NimbusJwtDecoder serviceDecoder() {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(base() + "/oauth2/jwks").build();
        decoder.setJwtValidator(serviceValidator());
        return decoder;
    }

    private static OAuth2TokenValidator<Jwt> serviceValidator() {
        return new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(ISSUER),
                new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains("sexting-protocol")));
    }

    private String currentKid() throws Exception {
        return getJson(base() + "/oauth2/jwks").path("keys").get(0).path("kid").asText();
    }

    private String authorizeUrl(String challenge, String state) {
        return base() + "/oauth2/authorize?" + form(Map.of("response_type", "code", "client_id", "case-desk",
                "redirect_uri", CALLBACK, "scope", "openid profile", "state", state, "code_challenge", challenge,
                "code_challenge_method", "S256"));
    }

    private HttpRequest preflight(String path, String origin, String method, String headers) {
        return HttpRequest.newBuilder(URI.create(base() + path))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", headers)
                .build();
    }

    private static HttpResponse<String> browse(HttpClient browser, String url) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode getJson(String url) throws Exception {
        HttpResponse<String> response = get(url);
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postJson(String path, Map<String, Object> body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest formPost(String url, Map<String, String> fields) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html,application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build();
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElseThrow(() -> new AssertionError(
                "no Location header in a " + response.statusCode() + " answer"));
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            parameters.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return parameters;
    }

    private JsonNode payloadOf(String token) throws IOException {
        return json.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String challengeOf(String verifier) throws Exception {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    }
}
