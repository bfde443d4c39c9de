/** The servlet services' security: deny by default, JWT checked in the service, refusals as problem+json. */
package nl.schoolboard.sexting.platform.security;
