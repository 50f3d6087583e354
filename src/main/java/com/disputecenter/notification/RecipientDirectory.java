package com.disputecenter.notification;

import java.util.Optional;

/** Who the recipients are: the language a user, or the users of a seller account, read. */
public interface RecipientDirectory {

    Optional<String> languageOfUser(String username);

    Optional<String> languageOfSeller(String sellerId);
}
