package org.techmarket.common;

import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** A one-time message shown on the page a form POST redirects to (303). Holds a message key only. */
public final class Flash {
    public static final String COOKIE = "techmarket-flash";

    private Flash() {
    }

    public static Response redirect(String location, String messageKey) {
        NewCookie cookie = new NewCookie.Builder(COOKIE).value(messageKey).path("/").maxAge(60)
                .httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(location)).cookie(cookie).build();
    }

    static NewCookie cleared() {
        return new NewCookie.Builder(COOKIE).value("").path("/").maxAge(0).build();
    }
}
