package nl.databiobank.lims.security.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import nl.databiobank.lims.platform.boundary.LimsException;
import nl.databiobank.lims.platform.boundary.Messages;
import nl.databiobank.lims.security.entity.Role;
import nl.databiobank.lims.security.entity.UserAccount;

/** The administrator's user page: the list, a new user, and the corrections to one user. */
@Named
@ViewScoped
public class UsersView implements Serializable {

    @EJB
    UserService users;

    private List<UserAccount> list;
    private NewUserForm newUser = new NewUserForm();
    private String selected;
    private long selectedVersion;
    private List<String> selectedRoles = new ArrayList<>();
    private String newPassword;
    private String reason;

    @PostConstruct
    void load() {
        list = users.list();
    }

    public List<String> getAllRoles() {
        return Arrays.stream(Role.values()).map(Role::name).toList();
    }

    public void create() {
        try {
            UserAccount user = users.create(newUser.toRequest());
            Messages.info("users.created", user.getUsername());
            newUser = new NewUserForm();
            load();
        } catch (LimsException e) {
            Messages.refused(e, "create");
        }
    }

    public void select(UserAccount user) {
        selected = user.getUsername();
        selectedVersion = user.getVersion();
        selectedRoles = new ArrayList<>(user.getRoles().stream().map(Role::name).toList());
        newPassword = null;
        reason = null;
    }

    public void saveRoles() {
        apply(() -> users.assignRoles(selected, selectedRoles, correction()), "users.rolesSaved");
    }

    public void disable() {
        apply(() -> users.disable(selected, correction()), "users.disabled");
    }

    public void enable() {
        apply(() -> users.enable(selected, correction()), "users.enabled");
    }

    public void resetPassword() {
        apply(() -> users.resetPassword(selected, newPassword, correction()), "users.passwordReset");
    }

    private Correction correction() {
        return new Correction(reason, selectedVersion);
    }

    private void apply(Supplier<UserAccount> change, String doneKey) {
        try {
            selectedVersion = change.get().getVersion();
            Messages.info(doneKey, selected);
            newPassword = null;
            reason = null;
            load();
        } catch (LimsException e) {
            Messages.refused(e, "edit");
        }
    }

    public boolean isSelectedEnabled() {
        return list.stream().filter(u -> u.getUsername().equals(selected)).findFirst().map(UserAccount::isEnabled)
                .orElse(false);
    }

    public List<UserAccount> getList() {
        return list;
    }

    public NewUserForm getNewUser() {
        return newUser;
    }

    public String getSelected() {
        return selected;
    }

    public List<String> getSelectedRoles() {
        return selectedRoles;
    }

    public void setSelectedRoles(List<String> selectedRoles) {
        this.selectedRoles = selectedRoles;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    /** The fields of the "new user" form. */
    public static class NewUserForm implements Serializable {

        private String username;
        private String displayName;
        private String password;
        private List<String> roles = new ArrayList<>();

        NewUser toRequest() {
            return new NewUser(username, displayName, password, roles);
        }

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getDisplayName() {
            return displayName;
        }

        public void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public List<String> getRoles() {
            return roles;
        }

        public void setRoles(List<String> roles) {
            this.roles = roles;
        }
    }
}
