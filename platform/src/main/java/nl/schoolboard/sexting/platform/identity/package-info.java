/** Who makes a request: the caller from the access token, one role enum, the two refusals. */
package nl.schoolboard.sexting.platform.identity;
