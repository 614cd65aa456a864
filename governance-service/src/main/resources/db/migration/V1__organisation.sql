create table organisation (
    id            uuid         primary key,
    name          varchar(200) not null,
    type          varchar(40)  not null,
    region        varchar(100),
    contact_email varchar(200),
    website       varchar(300),
    version       bigint       not null,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null
);
create index organisation_type on organisation (type);
create index organisation_name on organisation (lower(name));
