/**
 * Which token issuer a service trusts: a service or the gateway under the production profile refuses to start while it
 * trusts the development issuer ({@link nl.schoolboard.sexting.platform.issuer.ProductionTrustGuard}).
 */
package nl.schoolboard.sexting.platform.issuer;
