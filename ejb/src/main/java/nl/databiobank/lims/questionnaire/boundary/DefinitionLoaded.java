package nl.databiobank.lims.questionnaire.boundary;

import jakarta.json.JsonObject;

/** What loading a definition did, and the definition as it is stored now (its JSON). */
public record DefinitionLoaded(String code, String version, Outcome outcome, JsonObject definition) {

    public enum Outcome {
        /** A new questionnaire, or a new version of one. */
        CREATED,
        /** The same version, changed; no response used it. */
        REPLACED,
        /** The same definition with other wording, which may change even in use. */
        REWORDED,
        /** The same definition and wording as stored: nothing to do. */
        UNCHANGED
    }
}
