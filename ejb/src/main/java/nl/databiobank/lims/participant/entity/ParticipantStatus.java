package nl.databiobank.lims.participant.entity;

public enum ParticipantStatus {
    ACTIVE, WITHDRAWN, DECEASED, LOST_TO_FOLLOW_UP
}
