/**
 * What every component shares: the migration runner, configuration from the environment, and
 * the exceptions through which a service tells its caller what was wrong with a request.
 */
package nl.databiobank.lims.platform;
