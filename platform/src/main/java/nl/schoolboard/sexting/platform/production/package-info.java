/**
 * What production must set: under the {@code prod} profile a service or the gateway refuses to start while a setting
 * its modules declare ({@link nl.schoolboard.sexting.platform.production.ProductionSettings}) is missing or holds a
 * development or example value ({@link nl.schoolboard.sexting.platform.production.ProductionGuard}).
 */
package nl.schoolboard.sexting.platform.production;
