package org.techmarket.listing;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.techmarket.common.Caller;

/** The inquiry inbox over JSON: read what was asked and answered, and answer. Asking is under /results and /needs. */
@Path("/api/v1/inquiries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Inquiries", description = "The inquiry inbox: questions about listings and their answers (asking is "
        + "under /results and /needs).")
public class InquiryResource {

    @Inject
    InquiryService inquiries;

    @Inject
    SecurityIdentity identity;




    @POST
    @Path("/{id}/reply")
    @Operation(summary = "Answer an inquiry",
            description = "Answers an inquiry about one of the caller's organisation's listings (404 for anyone "
                    + "else) and notifies the sender. Members of the listing's organisation.")
    public ListingApi.InquiryView reply(@PathParam("id") long id, ListingApi.ReplyRequest request) {
        Inquiry inquiry = inquiries.reply(Caller.of(identity), id, request == null ? null : request.reply());
        return ListingApi.InquiryView.of(inquiry, null);
    }

    @GET
    @Operation(summary = "Get my inquiry inbox",
            description = "The inquiries received by the caller's organisation and those the caller sent (at most "
                    + "200 each), with the listings' titles. Members only.")
    public ListingApi.InboxView inbox() {
        InquiryService.Inbox inbox = inquiries.inbox(Caller.of(identity));
        return new ListingApi.InboxView(
                inbox.received().stream().map(i -> ListingApi.InquiryView.of(i, inbox.listings().get(i.listingId))).toList(),
                inbox.sent().stream().map(i -> ListingApi.InquiryView.of(i, inbox.listings().get(i.listingId))).toList());
    }
}
