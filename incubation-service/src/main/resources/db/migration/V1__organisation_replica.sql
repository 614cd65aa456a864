-- This service's replica of governance's organisations, fed by OrganisationRegistered/Updated events.
-- Free text is unbounded here: the producer owns the limits, and a replica must never refuse what it was sent.
create table organisation (
    id             uuid        primary key,
    name           text        not null,
    type           varchar(40) not null,
    region         text,
    contact_email  text,
    website        text,
    -- governance's version of the organisation: a replica never lets an older version overwrite a newer one
    source_version bigint      not null,
    updated_at     timestamptz not null
);
