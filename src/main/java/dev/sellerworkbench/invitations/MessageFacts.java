package dev.sellerworkbench.invitations;

import dev.sellerworkbench.domain.Rate;
import java.time.LocalDate;
import java.util.List;

/// What an invitation message says about one creator and plan; the template decides the words.
/// It holds no creator level: messages go to creators (R-CR-4).
public record MessageFacts(String creator, String plan, List<String> products, List<Rate> rates,
                           LocalDate endDate, String link, SellerContact contact) {

    public MessageFacts {
        products = List.copyOf(products);
        rates = List.copyOf(rates);
        link = link == null ? "" : link;
        contact = contact == null ? SellerContact.NONE : contact;
    }

    public MessageFacts withContact(SellerContact newContact) {
        return new MessageFacts(creator, plan, products, rates, endDate, link, newContact);
    }
}
