package nl.databiobank.lims.security.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.databiobank.lims.platform.boundary.ClientAddress;
import nl.databiobank.lims.security.entity.Role;

/**
 * The one way in, for pages and API alike: the login form (through
 * {@code SecurityContext.authenticate}), HTTP Basic on any request, or the session of an earlier
 * form login. A session's account is looked up again at every request, so that disabling an
 * account or taking a role away takes effect at once.
 */
@ApplicationScoped
public class LimsAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_USER = "lims.user";
    static final String CONTINUE_AFTER_LOGIN = "lims.continue";
    static final String LOGIN_OUTCOME = "lims.loginOutcome";
    static final String LOGIN_PAGE = "/login.xhtml";

    @EJB
    AuthenticationService authentication;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential form) {
            return formLogin(form, request, context);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basicLogin(authorization.substring(6).trim(), request, response, context);
        }
        if (isStaticResource(request) && !context.isProtected()) {
            return context.doNothing();
        }
        Optional<AuthenticationStatus> session = fromSession(request, context);
        if (session.isPresent()) {
            return session.get();
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return unauthorized(response, "Log in first: HTTP Basic or a browser session.");
        }
        return toLoginPage(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_USER);
        }
    }

    private AuthenticationStatus formLogin(UsernamePasswordCredential form, HttpServletRequest request,
                                           HttpMessageContext context) {
        LoginOutcome outcome = authentication.authenticate(form.getCaller(), form.getPasswordAsString(),
                ClientAddress.of(request));
        request.setAttribute(LOGIN_OUTCOME, outcome);
        if (!outcome.succeeded()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.getSession(true);
        request.changeSessionId(); // no session fixation: the id known before login is worthless after it
        request.getSession().setAttribute(SESSION_USER, outcome.username());
        return context.notifyContainerAboutLogin(outcome.username(), groups(outcome.roles()));
    }

    private AuthenticationStatus basicLogin(String encoded, HttpServletRequest request, HttpServletResponse response,
                                            HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return unauthorized(response, "The Authorization header is not valid Basic credentials.");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return unauthorized(response, "The Authorization header is not valid Basic credentials.");
        }
        LoginOutcome outcome = authentication.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1),
                ClientAddress.of(request));
        return switch (outcome.status()) {
            case SUCCESS -> context.notifyContainerAboutLogin(outcome.username(), groups(outcome.roles()));
            case LOCKED -> unauthorized(response, "This account is locked after repeated wrong passwords until "
                    + outcome.lockedUntil().truncatedTo(ChronoUnit.SECONDS) + ".");
            case DISABLED -> unauthorized(response, "This account has been disabled.");
            case INVALID -> unauthorized(response, "Unknown user name or wrong password.");
        };
    }

    private Optional<AuthenticationStatus> fromSession(HttpServletRequest request, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SESSION_USER) instanceof String username)) {
            return Optional.empty();
        }
        Optional<Set<Role>> roles = authentication.currentRoles(username);
        if (roles.isEmpty()) {
            session.invalidate(); // disabled meanwhile: out at once
            return Optional.empty();
        }
        return Optional.of(context.notifyContainerAboutLogin(username, groups(roles.get())));
    }

    private AuthenticationStatus toLoginPage(HttpServletRequest request, HttpServletResponse response,
                                             HttpMessageContext context) {
        String target = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        if ("GET".equals(request.getMethod()) && (target.equals("/") || target.contains(".xhtml"))) {
            // a page the user asked for, not the favicon or a script the browser fetched along the way
            request.getSession(true).setAttribute(CONTINUE_AFTER_LOGIN, target);
        }
        String loginUrl = request.getContextPath() + LOGIN_PAGE;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // an ajax request after the session expired: Faces' JavaScript follows only this kind of redirect
            writeBody(response, HttpServletResponse.SC_OK, "text/xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                            + loginUrl + "\"/></partial-response>");
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.redirect(loginUrl);
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, String message) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"lims\", charset=\"UTF-8\"");
        writeBody(response, HttpServletResponse.SC_UNAUTHORIZED, "application/json",
                "{\"error\":\"" + message.replace("\"", "\\\"") + "\",\"details\":[]}");
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static void writeBody(HttpServletResponse response, int status, String type, String body) {
        try {
            response.setStatus(status);
            response.setContentType(type);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(body);
            response.flushBuffer(); // committed: the container cannot replace it with its own error page
        } catch (IOException e) {
            // the client went away; nothing left to tell it
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static boolean isStaticResource(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/jakarta.faces.resource/");
    }

    private static Set<String> groups(Set<Role> roles) {
        return roles.stream().map(Role::name).collect(Collectors.toSet());
    }
}
