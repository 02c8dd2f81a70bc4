-- A part of the point the rep edited is now said to come from "rep" (it was "rep_edit")
UPDATE "Meeting" SET "pointSource" = replace("pointSource"::text, '"rep_edit"', '"rep"')::jsonb WHERE "pointSource"::text LIKE '%"rep_edit"%';
