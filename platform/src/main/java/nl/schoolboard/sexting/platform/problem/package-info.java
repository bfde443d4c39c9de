/** Problem details (RFC 9457) with one type base for the whole system. */
package nl.schoolboard.sexting.platform.problem;
