package nl.databiobank.lims.participant.entity;

public enum Sex {
    FEMALE, MALE, OTHER, UNKNOWN
}
