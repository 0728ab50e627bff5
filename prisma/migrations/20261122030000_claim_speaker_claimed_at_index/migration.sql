-- Actor.claims pages (latest first) read the index in order instead of sorting
-- every claim of a prolific speaker.
-- CreateIndex
CREATE INDEX "claim_speaker_id_claimed_at_id_idx" ON "claim"("speaker_id", "claimed_at", "id");
