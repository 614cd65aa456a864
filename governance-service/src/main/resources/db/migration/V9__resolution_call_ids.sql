-- A FUNDING_RECOMMENDATION names the funding calls it recommends (funding notes the resolution on exactly those);
-- no other kind names any. Ids of funding's calls: governance cannot check them, funding ignores unknown ones.
alter table resolution add column call_ids uuid[] not null default '{}';
alter table resolution add constraint resolution_call_ids check (cardinality(call_ids) <= 20
    and (kind = 'FUNDING_RECOMMENDATION' or cardinality(call_ids) = 0));
