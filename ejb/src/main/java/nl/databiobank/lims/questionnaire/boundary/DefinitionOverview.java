package nl.databiobank.lims.questionnaire.boundary;

import java.io.Serializable;

/** One version of a questionnaire in the administrator's list, and how many responses use it. */
public record DefinitionOverview(long id, String code, String version, String title, int items, int scales,
                                 long responses) implements Serializable {

    /** A definition in use is never changed: a change is a new version. */
    public boolean inUse() {
        return responses > 0;
    }
}
