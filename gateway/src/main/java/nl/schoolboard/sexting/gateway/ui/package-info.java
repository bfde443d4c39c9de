/**
 * The web UI at the edge: the {@code web-ui} jar's files served from the classpath ({@code /}, {@code /assets/**}
 * cached for a year, {@code index.html} never without asking), {@code GET /ui-config.json} with the token issuer and
 * the UI's client id, and {@code index.html} for every route of the UI (a reload or a link in a mail works). All of it
 * is open without a token; the Content-Security-Policy that lets these pages call the issuer is in
 * {@link nl.schoolboard.sexting.gateway.edge.SecurityHeadersFilter}.
 */
package nl.schoolboard.sexting.gateway.ui;
