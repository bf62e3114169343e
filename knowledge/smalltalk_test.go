package knowledge

import "testing"

func TestSmallTalkOf(t *testing.T) {
	tests := []struct {
		message string
		want    SmallTalk
	}{
		{"hi", Greeting},
		{"hey @briefbot 👋", Greeting},
		{"good morning all", Greeting},
		{"<@U0123ABC> hello there", Greeting},
		{"ciao!", Greeting},
		{"hej 👋", Greeting},
		{"merci!", Thanks},
		{"thanks!", Thanks},
		{"thank you so much, that's great", Thanks},
		{"cheers mate", Thanks},
		{"hi, thanks", Thanks},
		{"ty :pray:", Thanks},
		{"grazie mille", NoSmallTalk}, // "mille" asks about something, for all we know
		{"hi, any news on data sharing?", NoSmallTalk},
		{"thanks for the maritime briefing", NoSmallTalk},
		{"data sharing", NoSmallTalk},
		{"ok", NoSmallTalk}, // neither greets nor thanks
		{"", NoSmallTalk},
	}
	for _, tt := range tests {
		if got := SmallTalkOf(tt.message); got != tt.want {
			t.Errorf("SmallTalkOf(%q) = %v, want %v", tt.message, got, tt.want)
		}
	}
}
