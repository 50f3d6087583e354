package com.disputecenter.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The default sender: writes each message to the log, so a trial run needs no mail server. */
class LogMessageSender implements MessageSender {

    private static final Logger log = LoggerFactory.getLogger(LogMessageSender.class);

    @Override
    public void send(Envelope message) {
        log.info("Message {} to {} {} [{}]: {}\n{}", message.id(), message.recipientParty(), message.recipient(),
                message.language(), message.subject(), message.body());
    }
}
