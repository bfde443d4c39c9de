package nl.schoolboard.sexting.devissuer.server;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import nl.schoolboard.sexting.devissuer.DevIssuerProperties;
import nl.schoolboard.sexting.devissuer.demo.DemoBoard;
import nl.schoolboard.sexting.devissuer.demo.DemoUser;
import nl.schoolboard.sexting.devissuer.token.IdentityClaims;
import nl.schoolboard.sexting.devissuer.token.SigningKeyFile;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcUserInfoAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Spring Authorization Server as the development issuer: its endpoints (authorize, token, JWKS, discovery,
 * userinfo, ...) in one filter chain; the login form, the {@code /dev/**} helpers, health and the home page in a
 * second one. One public client, {@value DevIssuerProperties#WEB_CLIENT_ID}, for the web UI (authorization code with
 * PKCE); the demo users of {@link DemoBoard} sign in with a form.
 *
 * <p>The web UI is served by the gateway, on another origin: its pages fetch the discovery document, the JWKS, the
 * token endpoint (and may fetch userinfo) themselves, so those answer CORS requests from
 * {@code dev-issuer.allowed-origins} ({@link #corsConfigurationSource}); the login form and the authorization and
 * logout endpoints are navigations and need none. A preflight is answered before any authentication, in both chains
 * (the endpoints' chain matches only their own methods, so a preflight of {@code /oauth2/token} arrives at the
 * second one).
 */
@Configuration(proxyBeanMethods = false)
class IssuerConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerEndpoints(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer authorizationServer = OAuth2AuthorizationServerConfigurer
                .authorizationServer();
        http.securityMatcher(authorizationServer.getEndpointsMatcher())
                .with(authorizationServer, server -> server.oidc(oidc -> oidc
                        .userInfoEndpoint(userInfo -> userInfo.userInfoMapper(IssuerConfiguration::userInfo))))
                .cors(Customizer.withDefaults())
                .authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
                // a browser without a session is sent to the login form; other callers get 401
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"),
                        new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                // userinfo is called with an access token of this issuer
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain loginAndDevelopmentHelpers(HttpSecurity http) throws Exception {
        http.cors(Customizer.withDefaults())
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/", "/dev/**", "/actuator/health", "/actuator/health/**", "/error")
                        .permitAll()
                        .anyRequest().authenticated())
                // scripts POST JSON to /dev/tokens without a session; the login form keeps its CSRF token
                .csrf(csrf -> csrf.ignoringRequestMatchers("/dev/**"))
                .formLogin(Customizer.withDefaults());
        return http.build();
    }

    /**
     * CORS for the web UI's origins on what its pages fetch: GET and POST, with {@code Content-Type} (the token
     * request's form) and {@code Authorization} (userinfo) as request headers; no cookies (credentials). Other paths
     * and other origins get no CORS headers (a preflight from another origin is refused with 403).
     */
    @Bean
    CorsConfigurationSource corsConfigurationSource(DevIssuerProperties properties,
                                                    AuthorizationServerSettings settings) {
        CorsConfiguration ui = new CorsConfiguration();
        ui.setAllowedOrigins(properties.allowedOrigins());
        ui.setAllowedMethods(List.of("GET", "POST"));
        ui.setAllowedHeaders(List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.AUTHORIZATION));
        ui.setAllowCredentials(false);
        ui.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        for (String path : List.of("/.well-known/openid-configuration", "/.well-known/oauth-authorization-server",
                settings.getTokenEndpoint(), settings.getJwkSetEndpoint(), settings.getOidcUserInfoEndpoint())) {
            source.registerCorsConfiguration(path, ui);
        }
        return source;
    }

    @Bean
    RegisteredClientRepository registeredClients(DevIssuerProperties properties) {
        RegisteredClient webClient = RegisteredClient.withId(UUID.nameUUIDFromBytes(
                        DevIssuerProperties.WEB_CLIENT_ID.getBytes(StandardCharsets.UTF_8)).toString())
                .clientId(DevIssuerProperties.WEB_CLIENT_ID)
                .clientName("Case desk (web UI)")
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUris(uris -> uris.addAll(properties.redirectUris()))
                .postLogoutRedirectUris(uris -> uris.addAll(properties.redirectUris()))
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(properties.accessTokenTtl()).build())
                .build();
        return new InMemoryRegisteredClientRepository(webClient);
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(DevIssuerProperties properties) {
        return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
    }

    @Bean
    RSAKey signingKey(DevIssuerProperties properties) {
        return SigningKeyFile.loadOrCreate(properties.keyFile());
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(RSAKey signingKey) {
        return new ImmutableJWKSet<>(new JWKSet(signingKey));
    }

    /** The one encoder of both the authorization-code flow and {@code POST /dev/tokens}. */
    @Bean
    JwtEncoder jwtEncoder(JWKSource<SecurityContext> jwkSource) {
        return new NimbusJwtEncoder(jwkSource);
    }

    /** For the userinfo endpoint, which reads this issuer's own access tokens. */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(jwkSource);
    }

    /** The demo users; the password is stored as is ({noop}): it is "demo" and printed at start-up anyway. */
    @Bean
    UserDetailsService demoUsers() {
        List<UserDetails> users = DemoBoard.USERS.stream()
                .map(user -> User.withUsername(user.username())
                        .password("{noop}" + DemoBoard.PASSWORD)
                        .roles(user.role().name())
                        .build())
                .toList();
        return new InMemoryUserDetailsManager(users);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Userinfo: the demo user's identity claims (the default would give only what the ID token has for a scope). */
    private static OidcUserInfo userInfo(OidcUserInfoAuthenticationContext context) {
        DemoUser user = DemoBoard.byUsername(context.getAuthorization().getPrincipalName()).orElse(null);
        if (user == null) {
            return new OidcUserInfo(Map.of("sub", context.getAuthorization().getPrincipalName()));
        }
        IdentityClaims identity = IdentityClaims.of(user);
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", identity.subject());
        claims.put(IdentityClaims.NAME, identity.name());
        claims.put(IdentityClaims.PREFERRED_USERNAME, user.username());
        claims.put(IdentityClaims.BOARD, identity.board());
        claims.put(IdentityClaims.SCHOOLS, identity.schools());
        claims.put(IdentityClaims.ROLES, identity.roles());
        return new OidcUserInfo(claims);
    }
}
