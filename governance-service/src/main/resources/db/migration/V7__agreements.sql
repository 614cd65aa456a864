-- Cooperation agreements between member organisations, with risk and benefit shares (percentages, two decimals)
create table agreement (
    id                 uuid         primary key,
    title              varchar(300) not null,
    kind               varchar(20)  not null,
    committee_id       uuid references committee (id),
    scope              text,
    start_date         date         not null,
    end_date           date         not null,
    status             varchar(12)  not null,
    signed_at          timestamptz,
    activated_at       timestamptz,
    terminated_at      timestamptz,
    termination_reason text,
    version            bigint       not null,
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    check (end_date > start_date)
);
create index agreement_status on agreement (status, start_date);

create table agreement_party (
    agreement_id        uuid          not null references agreement (id) on delete cascade,
    position            integer       not null,
    organisation_id     uuid          not null references organisation (id),
    risk_share          numeric(5, 2) not null check (risk_share between 0 and 100),
    benefit_share       numeric(5, 2) not null check (benefit_share between 0 and 100),
    contribution        text          not null,
    contribution_amount numeric(19, 2) check (contribution_amount >= 0),
    signed_at           timestamptz,
    signed_by           varchar(200),
    primary key (agreement_id, position),
    -- deferred: replacing the parties may move an organisation from one position to another within the flush
    constraint agreement_party_once unique (agreement_id, organisation_id) deferrable initially deferred
);
create index agreement_party_organisation on agreement_party (organisation_id);
