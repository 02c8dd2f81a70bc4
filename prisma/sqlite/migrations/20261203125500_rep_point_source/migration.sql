-- A part of the point the rep edited is now said to come from "rep" (it was "rep_edit")
UPDATE "Meeting" SET "pointSource" = replace("pointSource", '"rep_edit"', '"rep"') WHERE "pointSource" LIKE '%"rep_edit"%';
