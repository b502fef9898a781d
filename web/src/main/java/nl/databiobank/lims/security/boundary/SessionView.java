package nl.databiobank.lims.security.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import nl.databiobank.lims.platform.boundary.ClientAddress;
import nl.databiobank.lims.security.entity.Role;

/** Who is logged in, what they may see in the menu, and logging out. */
@Named
@RequestScoped
public class SessionView {

    @Inject
    SecurityContext securityContext;

    @EJB
    AuthenticationService authentication;

    public boolean isLoggedIn() {
        return securityContext.getCallerPrincipal() != null;
    }

    public String getUsername() {
        Principal caller = securityContext.getCallerPrincipal();
        return caller == null ? null : caller.getName();
    }

    public boolean hasRole(String role) {
        return securityContext.isCallerInRole(role);
    }

    public boolean isAuditor() {
        return hasRole(Role.ETHICS_OFFICER.name()) || hasRole(Role.ADMIN.name());
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String username = getUsername();
        if (username != null) {
            authentication.loggedOut(username, ClientAddress.of(request));
        }
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + LimsAuthenticationMechanism.LOGIN_PAGE + "?loggedOut=true");
    }
}
