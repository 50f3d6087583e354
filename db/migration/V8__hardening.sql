-- Hardening (issue 9). Portable SQL: runs on PostgreSQL and on H2.

-- When the desk's record of a return began: the moment the return was agreed or decided. A carrier
-- scan dated before it cannot be of this return's parcel (a reused tracking number, a back-dated push)
-- and is refused with 422 (docs/carriers-and-messages.md). Returns from before this version take the
-- opening of their case, the earliest moment such a return could have begun, so no scan that was
-- plausible before is refused now.
alter table return_shipment add column registered_at timestamp with time zone;
update return_shipment set registered_at = (select d.opened_at from dispute d where d.id = return_shipment.dispute_id);
alter table return_shipment alter column registered_at set not null;

-- Which party accepted a proposal. A PLATFORM proposal accepted by one party is the platform's
-- resolution for the other, who keeps its appeal; the party that accepted it may not appeal it.
-- Proposals accepted before this version keep no acceptor (they were recorded as agreements).
alter table proposal add column accepted_by varchar(10);

-- Messages are stored as plain text from now on; only the HTML part of a mail is escaped, when it is
-- sent. Messages written before hold HTML-escaped values: unescaped once, &amp; last, which exactly
-- undoes the escaping they had (the templates themselves hold no entities).
update outbound_message set
    subject = replace(replace(replace(replace(replace(subject,
        '&lt;', '<'), '&gt;', '>'), '&quot;', '"'), '&#39;', ''''), '&amp;', '&'),
    body = replace(replace(replace(replace(replace(body,
        '&lt;', '<'), '&gt;', '>'), '&quot;', '"'), '&#39;', ''''), '&amp;', '&');
