/**
 * Access decided once per request, before a body is read: every endpoint names a rule of its service's catalogue
 * ({@link nl.schoolboard.sexting.platform.security.access.AccessRule}, through an annotation marked
 * {@link nl.schoolboard.sexting.platform.security.access.NamesAccessRule}); the
 * {@link nl.schoolboard.sexting.platform.security.access.AccessGuard} checks the caller's role against it and asks the
 * service's {@link nl.schoolboard.sexting.platform.security.access.Reach} about the ids in the path.
 */
package nl.schoolboard.sexting.platform.security.access;
