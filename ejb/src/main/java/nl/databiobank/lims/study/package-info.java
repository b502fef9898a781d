/**
 * Studies and their ethics approvals (issue 7): who works on a study, which committee approved it,
 * until when, and within which scope (sample types, consent items, data, maximum numbers). An
 * amendment is a new version of the approval; the highest version is the study's current one.
 * Requests, allocation and release build on this (DESIGN.md rule 4).
 */
package nl.databiobank.lims.study;
