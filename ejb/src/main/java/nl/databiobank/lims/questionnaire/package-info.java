/**
 * Patient-reported outcomes: questionnaire definitions as data (items with their response scale,
 * scales and a summary score), and the scoring engine they drive (EORTC QLQ-C30 and other modules).
 */
package nl.databiobank.lims.questionnaire;
