package nl.databiobank.lims.security.entity;

import java.util.Arrays;
import java.util.Optional;

/** The roles of DESIGN.md; a user may hold several. The names are the security role names. */
public enum Role {
    RESEARCH_NURSE, LAB_TECHNICIAN, RESEARCHER, ETHICS_OFFICER, ADMIN;

    public static Optional<Role> parse(String name) {
        return Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(name == null ? "" : name.trim())).findFirst();
    }
}
