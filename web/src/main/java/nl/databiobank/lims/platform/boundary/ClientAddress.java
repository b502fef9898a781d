package nl.databiobank.lims.platform.boundary;

import jakarta.servlet.http.HttpServletRequest;

/** The address a request came from, for the access log. */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
