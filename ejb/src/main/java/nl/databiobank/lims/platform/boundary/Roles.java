package nl.databiobank.lims.platform.boundary;

/** The role names, as constants for {@code @RolesAllowed}. */
public final class Roles {

    public static final String RESEARCH_NURSE = "RESEARCH_NURSE";
    public static final String LAB_TECHNICIAN = "LAB_TECHNICIAN";
    public static final String RESEARCHER = "RESEARCHER";
    public static final String ETHICS_OFFICER = "ETHICS_OFFICER";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
