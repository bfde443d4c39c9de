/**
 * Which token issuer is the development issuer ({@link nl.schoolboard.sexting.platform.issuer.DevelopmentIssuer}),
 * recognized by its address; the production guard refuses to trust it.
 */
package nl.schoolboard.sexting.platform.issuer;
