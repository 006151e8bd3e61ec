// Resolution of the event coder's policy sections (see policy.h).
#include "events/policy.h"

#include "events/wordnet.h"

namespace casus {

struct EventPolicyResolver {
  const Rules& rules;
  const std::unordered_map<std::string, CameoCode>& cameo;
  Status status;

  void Words(std::string_view name, const WordSet** out) {
    if (status.ok()) status = rules.RequireWords(name, out);
  }
  void Codes(std::string_view name, CodeSet* out) {
    const std::vector<std::string>* v = nullptr;
    if (status.ok()) status = rules.RequireCodes(name, &v);
    if (status.ok()) out->items_ = *v;
  }
  void Code(std::string_view name, const CameoCode** out) {
    if (status.ok()) status = rules.RequireCode(name, cameo, out);
  }
  // A roles section naming exactly one role.
  void OneRole(std::string_view name, std::string* out) {
    const WordSet* w = nullptr;
    Words(name, &w);
    if (!status.ok()) return;
    const RuleSection* s = rules.Find(name);
    if (w->items().size() != 1)
      status = Status::Error(s->file + ":" + std::to_string(s->line) + ": section [" + s->name +
                             "] must name one role");
    else
      *out = w->items()[0];
  }
  // A words section of two-word phrases ("each_other"), as pairs of ids.
  void Pairs(std::string_view name, Lexicon* lex, std::vector<std::pair<int32_t, int32_t>>* out) {
    const WordSet* w = nullptr;
    Words(name, &w);
    if (!status.ok()) return;
    const RuleSection* s = rules.Find(name);
    for (const auto& [item, line] : s->items) {
      size_t sp = item.find(' ');
      if (sp == std::string::npos || item.find(' ', sp + 1) != std::string::npos) {
        status = Status::Error(s->file + ":" + std::to_string(line) + ": '" + item +
                               "': expected a two-word phrase (word_word)");
        return;
      }
      out->emplace_back(lex->Intern(item.substr(0, sp)), lex->Intern(item.substr(sp + 1)));
    }
  }
  // nominal.txt: [nominal-classes] names the classes; each has a words and
  // a code section.
  void Nominal(EventPolicy* p) {
    const WordSet* classes = nullptr;
    Words("nominal-classes", &classes);
    Words("nominal-target-prepositions", &p->nominal_target_preps);
    Words("nominal-reciprocal-words", &p->nominal_reciprocal);
    Words("nominal-onset-words", &p->nominal_onset);
    Words("nominal-agent-words", &p->nominal_agent);
    Words("nominal-unreal-words", &p->nominal_unreal);
    Words("nominal-background-words", &p->nominal_background);
    Words("nominal-of-agent-nouns", &p->nominal_of_agent);
    Words("nominal-place-prepositions", &p->nominal_place_preps);
    Words("nominal-border-nouns", &p->nominal_border_nouns);
    Words("nominal-fronted-nouns", &p->nominal_fronted_nouns);
    Words("nominal-domestic-nouns", &p->nominal_domestic_nouns);
    Words("nominal-home-nouns", &p->nominal_home_nouns);
    Words("nominal-addressee-nouns", &p->nominal_addressee_nouns);
    Words("nominal-home-spans", &p->nominal_home_spans);
    Words("nominal-home-preps", &p->nominal_home_preps);
    OneRole("nominal-home-role", &p->nominal_home_role);
    Words("hyphen-mediation-nouns", &p->hyphen_mediation_nouns);
    Code("hyphen-mediation-code", &p->hyphen_mediation_code);
    if (const RuleSection* h = rules.Find("hyphen-mediation-nouns")) {
      size_t at = h->file.rfind("rules/");
      p->hyphen_mediation_where =
          (at == std::string::npos ? h->file : "data/" + h->file.substr(at)) + ":" +
          std::to_string(h->line);
    }
    if (!status.ok()) return;
    for (const std::string& c : classes->items()) {
      EventPolicy::NominalClass nc;
      Words("nominal-" + c, &nc.nouns);
      Code("nominal-" + c + "-code", &nc.code);
      if (!status.ok()) return;
      const RuleSection* s = rules.Find("nominal-" + c);
      // As the verb patterns name theirs: from the data folder down.
      size_t at = s->file.rfind("rules/");
      nc.where = (at == std::string::npos ? s->file : "data/" + s->file.substr(at)) + ":" +
                 std::to_string(s->line);
      p->nominal.push_back(std::move(nc));
    }
  }
  void Map(std::string_view name, std::vector<std::pair<std::string, const CameoCode*>>* out) {
    const std::vector<std::pair<std::string, std::string>>* m = nullptr;
    if (status.ok()) status = rules.RequireMap(name, &m);
    if (!status.ok()) return;
    const RuleSection* s = rules.Find(name);
    for (size_t i = 0; i < m->size(); ++i) {
      auto it = cameo.find((*m)[i].second);
      if (it == cameo.end()) {  // Rules::Load checks this; keep the promise of no null codes
        status = Status::Error(s->file + ":" + std::to_string(s->items[i].second) +
                               ": CAMEO code " + (*m)[i].second + " is not in cameo/codes.tsv");
        return;
      }
      out->emplace_back((*m)[i].first, &it->second);
    }
  }
};

Status ResolveEventPolicy(const Rules& rules,
                          const std::unordered_map<std::string, CameoCode>& cameo, Lexicon* lex,
                          EventPolicy* p) {
  EventPolicyResolver r{rules, cameo, Status::Ok()};
  r.Words("speech-verbs", &p->speech_verbs);
  r.Words("plain-speech-verbs", &p->plain_speech_verbs);
  r.Words("non-attributing-speech-verbs", &p->non_attributing_speech);
  r.Words("postposed-only-speech-verbs", &p->postposed_only_speech);
  r.Words("denial-verbs", &p->denial_verbs);
  r.Words("hypothetical-modals", &p->hypothetical_modals);
  r.Words("future-modals", &p->future_modals);
  r.Words("be-forms", &p->be_forms);
  r.Words("get-passive", &p->get_passive);
  r.Words("subordinators", &p->subordinators);
  r.Words("adjunct-prepositions", &p->adjunct_prepositions);
  r.Words("place-adjunct-prepositions", &p->place_adjunct_prepositions);
  r.Words("party-place-prepositions", &p->party_place_prepositions);
  r.Words("broker-participles", &p->broker_participles);
  r.Words("retaliation-verbs", &p->retaliation_verbs);
  r.Words("answer-verbs", &p->answer_verbs);
  r.Words("territory-nouns", &p->territory_nouns);
  r.Words("answer-particles", &p->answer_particles);
  r.Words("retaliation-subordinators", &p->retaliation_subordinators);
  r.Words("anaphoric-event-nouns", &p->anaphoric_event_nouns);
  r.Words("object-possessives", &p->object_possessives);
  r.Words("reciprocal-verbs", &p->reciprocal_verbs);
  r.Words("joint-party-prepositions", &p->joint_party_prepositions);
  r.Words("together-words", &p->together_words);
  r.Pairs("each-other-phrases", lex, &p->each_other);
  r.Words("verb-coordinators", &p->verb_coordinators);
  r.Words("object-coordinators", &p->object_coordinators);
  r.Words("recipient-prepositions", &p->recipient_prepositions);
  r.Words("threat-verbs", &p->threat_verbs);
  r.Words("aspect-verbs", &p->aspect_verbs);
  r.Words("imminent-words", &p->imminent_words);
  r.Words("causative-verbs", &p->causative_verbs);
  r.Words("vow-verbs", &p->vow_verbs);
  r.Words("obligation-modals", &p->obligation_modals);
  r.Words("aside-openers", &p->aside_openers);
  r.Words("decision-verbs", &p->decision_verbs);
  r.Words("plan-verbs", &p->plan_verbs);
  r.Words("attempt-verbs", &p->attempt_verbs);
  r.Words("refusal-verbs", &p->refusal_verbs);
  r.Words("raising-verbs", &p->raising_verbs);
  r.Words("unrealised-gerund-prepositions", &p->unrealised_gerund_preps);
  r.Words("existential-subjects", &p->existential_subjects);
  r.Words("time-relative-nouns", &p->time_relative_nouns);
  r.Words("speaker-pronouns", &p->speaker_pronouns);
  r.Words("not-yet-subordinators", &p->not_yet_subordinators);
  r.Words("present-auxiliaries", &p->present_auxiliaries);
  r.Words("press-roles", &p->press_roles);
  r.Words("riot-roles", &p->riot_roles);
  r.Words("armed-band-roles", &p->armed_band_roles);
  r.Words("force-roles", &p->force_roles);
  r.Words("force-person-nouns", &p->force_person_nouns);
  r.Words("force-head-nouns", &p->force_head_nouns);
  r.Words("shared-target-stops", &p->shared_target_stops);
  r.Words("soft-target-roles", &p->soft_target_roles);
  r.Words("attack-agent-roles", &p->attack_agent_roles);
  r.OneRole("own-people-role", &p->own_people_role);
  r.Codes("score-dropped-roots", &p->score_dropped);
  r.Codes("foreign-only-codes", &p->foreign_only);
  r.Codes("demand-roots", &p->demand);
  r.Codes("adjunct-event-roots", &p->adjunct_event);
  r.Codes("origin-skipped-roots", &p->origin_skipped);
  r.Codes("that-target-roots", &p->that_target);
  r.Codes("shared-target-roots", &p->shared_target);
  r.Codes("giving-roots", &p->giving);
  r.Codes("joint-roots", &p->joint);
  r.Codes("mediation-codes", &p->mediation);
  r.Codes("place-target-roots", &p->place_target);
  r.Codes("domestic-default-codes", &p->domestic_default);
  r.Codes("own-forces-roots", &p->own_forces);
  r.Codes("recipient-required-roots", &p->recipient_required);
  r.Codes("answer-roots", &p->answer);
  r.Codes("alleged-act-roots", &p->alleged);
  r.Codes("reaction-codes", &p->reaction);
  r.Codes("threat-roots", &p->threat);
  r.Codes("intent-roots", &p->intent_roots);
  r.Codes("generic-intent-codes", &p->generic_intent);
  r.Codes("riot-recoded-codes", &p->riot_recoded);
  r.Codes("armed-band-recoded-codes", &p->armed_band_recoded);
  r.Code("riot-code", &p->riot_code);
  r.Code("armed-band-code", &p->armed_band_code);
  r.Codes("assassination-recoded-codes", &p->assassination_recoded);
  r.Code("assassination-code", &p->assassination_code);
  r.Nominal(p);
  r.Map("intent-by-root", &p->intent_by_root);
  r.Map("force-by-code", &p->force_by_code);
  r.Map("threat-by-code", &p->threat_by_code);
  r.Map("rejection-by-code", &p->rejection_by_code);
  r.Map("breach-by-code", &p->breach_by_code);
  r.Map("demand-by-code", &p->demand_by_code);
  if (!r.status.ok()) return r.status;
  auto wn = std::make_shared<WordNetPolicy>();  // wordnet.txt, frames.txt (after nominal.txt)
  Status s = ResolveWordNet(rules, cameo, *p, lex, wn.get());
  p->wordnet = std::move(wn);
  return s;
}

}  // namespace casus
