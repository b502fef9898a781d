/**
 * Who may use the LIMS and as what: user accounts, their roles, password hashing (PBKDF2 with
 * HMAC-SHA512), login with lockout after repeated failures, and the demo users of demo mode.
 */
package nl.databiobank.lims.security;
