package nl.databiobank.lims.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import nl.databiobank.lims.platform.boundary.Messages;

/** The login page. Unknown user and wrong password get the same message. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext securityContext;

    private String username;
    private String password;
    private boolean loggedOut;

    /** Shows "you have been logged out" after a logout, and skips the page for someone logged in. */
    public void onLoad() throws IOException {
        if (loggedOut) {
            Messages.info("login.loggedOut");
        } else if (securityContext.getCallerPrincipal() != null) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/index.xhtml");
        }
    }

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username == null ? "" : username,
                                password == null ? "" : password))
                        .newAuthentication(true));
        switch (status) {
            case SUCCESS -> external.redirect(external.getRequestContextPath() + continueTo(request));
            case SEND_CONTINUE -> faces.responseComplete();
            default -> showFailure((LoginOutcome) request.getAttribute(LimsAuthenticationMechanism.LOGIN_OUTCOME));
        }
        password = null;
    }

    private static String continueTo(HttpServletRequest request) {
        Object target = request.getSession().getAttribute(LimsAuthenticationMechanism.CONTINUE_AFTER_LOGIN);
        request.getSession().removeAttribute(LimsAuthenticationMechanism.CONTINUE_AFTER_LOGIN);
        return target instanceof String path && path.startsWith("/") && !path.startsWith("//")
                && !path.startsWith(LimsAuthenticationMechanism.LOGIN_PAGE) ? path : "/index.xhtml";
    }

    private static void showFailure(LoginOutcome outcome) {
        if (outcome == null || outcome.status() == LoginOutcome.Status.INVALID) {
            Messages.error("login.invalid");
        } else if (outcome.status() == LoginOutcome.Status.LOCKED) {
            long minutes = Math.max(1, (Duration.between(Instant.now(), outcome.lockedUntil()).getSeconds() + 59) / 60);
            Messages.error("login.locked", minutes);
        } else {
            Messages.error("login.disabled");
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isLoggedOut() {
        return loggedOut;
    }

    public void setLoggedOut(boolean loggedOut) {
        this.loggedOut = loggedOut;
    }
}
