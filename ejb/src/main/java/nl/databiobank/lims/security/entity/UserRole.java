package nl.databiobank.lims.security.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import nl.databiobank.lims.audit.entity.AuditedEntity;

/** One role held by one user; granting and taking away are audited as create and delete. */
@Entity
@Table(name = "user_role")
public class UserRole extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_role_seq")
    @SequenceGenerator(name = "user_role_seq", sequenceName = "user_role_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount user;

    @Enumerated(EnumType.STRING)
    private Role role;

    protected UserRole() {
    }

    UserRole(UserAccount user, Role role) {
        this.user = user;
        this.role = role;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Role getRole() {
        return role;
    }
}
