package nl.schoolboard.sexting.gateway;

import static nl.schoolboard.sexting.gateway.EdgeHttp.assertProblem;
import static nl.schoolboard.sexting.gateway.EdgeHttp.assertSecurityHeaders;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The web UI (the {@code web-ui} jar on the gateway's classpath) as a browser gets it from the gateway: the page at
 * {@code /} and at every route of the UI, its files with their types and caching, {@code /ui-config.json}, and the
 * Content-Security-Policy that lets the page call the issuer. The API behind it still needs a token.
 */
class WebUiIT extends EdgeBeforeStubs {

    /** The routes of the UI's router (web-ui/src/App.tsx). */
    private static final List<String> UI_ROUTES = List.of("/cases", "/cases/abc", "/cases/abc/team-briefing",
            "/report", "/inbox", "/dashboard", "/audit", "/me", "/login/callback?code=c-1&state=s-1",
            "/cases?status=OPEN&overdue=true");
    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"(/assets/[^\"]+\\.(js|css))\"");

    private static String builtIndex;

    @BeforeAll
    static void theUiIsBuilt() throws IOException {
        try (InputStream index = WebUiIT.class.getResourceAsStream("/META-INF/resources/index.html")) {
            if (index == null) {
                Assumptions.assumeFalse(Boolean.getBoolean("web-ui.skip"),
                        "built with -Dweb-ui.skip=true: the web-ui jar holds no UI to serve");
                fail("No META-INF/resources/index.html on the gateway's classpath: the web-ui jar was built without"
                        + " the UI. Build it with npm: ./mvnw -q -pl web-ui install");
            }
            builtIndex = new String(index.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void serves_the_built_index_html_at_the_root_without_a_token_and_never_from_a_cache_unasked() throws Exception {
        HttpResponse<String> root = edge.send(edge.get("/").header("Accept", "text/html"));

        assertThat(root.statusCode()).isEqualTo(200);
        assertThat(root.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(root.body()).isEqualTo(builtIndex).contains("<div id=\"root\"></div>");
        assertThat(root.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertSecurityHeaders(root);
        assertThat(services.received()).isEmpty();

        HttpResponse<String> byName = edge.send(edge.get("/index.html"));
        assertThat(byName.body()).isEqualTo(builtIndex);
        assertThat(byName.headers().firstValue("Cache-Control")).hasValue("no-cache");
    }

    @Test
    void answers_every_route_of_the_ui_with_index_html_so_a_reload_or_a_link_in_a_mail_works() throws Exception {
        for (String route : UI_ROUTES) {
            // a browser asks for HTML; a link opened by some other program may not say so
            for (HttpRequest.Builder request : List.of(edge.get(route).header("Accept", "text/html,*/*;q=0.8"),
                    edge.get(route))) {
                HttpResponse<String> page = edge.send(request);

                assertThat(page.statusCode()).as(route).isEqualTo(200);
                assertThat(page.headers().firstValue("Content-Type").orElseThrow()).as(route).startsWith("text/html");
                assertThat(page.body()).as(route).isEqualTo(builtIndex);
                assertThat(page.headers().firstValue("Cache-Control")).as(route).hasValue("no-cache");
                assertSecurityHeaders(page);
            }
        }
        assertThat(services.received()).isEmpty();
    }

    @Test
    void serves_the_hashed_assets_with_their_content_type_cached_for_a_year() throws Exception {
        Matcher assets = ASSET.matcher(builtIndex);
        List<String> seen = new ArrayList<>();
        while (assets.find()) {
            String path = assets.group(1);
            seen.add(assets.group(2));
            HttpResponse<String> asset = edge.send(edge.get(path));

            assertThat(asset.statusCode()).as(path).isEqualTo(200);
            assertThat(asset.headers().firstValue("Content-Type").orElseThrow()).as(path)
                    .startsWith(assets.group(2).equals("js") ? "text/javascript" : "text/css");
            assertThat(asset.headers().firstValue("Cache-Control").orElseThrow()).as(path)
                    .contains("max-age=31536000", "public", "immutable");
            assertThat(asset.body()).as(path).isNotBlank().isNotEqualTo(builtIndex);
            assertSecurityHeaders(asset);
        }
        assertThat(seen).as("index.html loads a script and a style sheet").contains("js", "css");

        HttpResponse<String> icon = edge.send(edge.get("/favicon.svg"));
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/svg+xml");
    }

    @Test
    void a_file_that_is_not_there_is_a_404_not_the_page() throws Exception {
        for (String missing : List.of("/assets/index-nothere.js", "/nothere.png", "/cases/abc/report.pdf")) {
            HttpResponse<String> response = edge.send(edge.get(missing));

            assertProblem(response, 404, "https://sexting-protocol.example/problems/not-found");
            assertThat(response.body()).as(missing).doesNotContain("<div id=\"root\">");
        }
    }

    @Test
    void tells_the_ui_its_issuer_and_client_id_without_a_token() throws Exception {
        HttpResponse<String> response = edge.send(edge.get("/ui-config.json"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-cache");
        JsonNode config = EdgeHttp.json(response.body());
        assertThat(config.path("issuer").asText()).isEqualTo(TestTokens.ISSUER);
        assertThat(config.path("clientId").asText()).isEqualTo("case-desk");
        assertThat(config.size()).as("nothing else: %s", response.body()).isEqualTo(2);
        assertSecurityHeaders(response);
    }

    @Test
    void lets_the_page_call_the_gateway_and_the_issuer_and_nothing_else() throws Exception {
        HttpResponse<String> page = edge.send(edge.get("/cases/abc"));

        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("connect-src 'self' https://issuer.test.example;")
                .contains("frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'")
                .doesNotContain("script-src", "style-src");
        // the same policy on the API's answers
        HttpResponse<String> api = edge.send(edge.get("/api/cases", TestTokens.token("leader-1")));
        assertThat(api.headers().firstValue("Content-Security-Policy")).hasValue(csp);
    }

    @Test
    void the_api_still_needs_a_token_and_is_never_answered_with_the_page() throws Exception {
        for (String path : List.of("/api/cases", "/api/cases/abc", "/api/dashboard", "/api", "/api/nothing")) {
            HttpResponse<String> response = edge.send(edge.get(path).header("Accept", "text/html"));

            assertProblem(response, 401, "https://sexting-protocol.example/problems/unauthenticated");
        }
        assertThat(services.received()).isEmpty();

        HttpResponse<String> withToken = edge.send(edge.get("/api/cases/abc", TestTokens.token("leader-1")));
        assertThat(withToken.statusCode()).isEqualTo(200);
        assertThat(withToken.body()).isEqualTo("{\"answeredBy\":\"service stub\"}");

        HttpResponse<String> actuator = edge.send(edge.get("/actuator/nothing").header("Accept", "text/html"));
        assertThat(actuator.body()).doesNotContain("<div id=\"root\">");
        assertThat(actuator.statusCode()).isIn(401, 404);
    }

    @Test
    void only_reading_is_answered_with_the_page() throws Exception {
        HttpResponse<String> post = edge.send(edge.request("/cases/abc")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(post.statusCode()).isIn(404, 405);
        assertThat(post.body()).doesNotContain("<div id=\"root\">");
        assertThat(services.received()).isEmpty();
    }
}
