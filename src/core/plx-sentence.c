/* plx-sentence.c: one sentence of an article, with its place in the text
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "plx-enums.h"
#include "plx-sentence.h"
#include "plx-tokens.h"

/* The tokens of a sentence in one language, kept once computed. */
typedef struct _Tokens Tokens;
struct _Tokens
{
  const char *language;   /* plx_tokenize_language(): a static string, or NULL */
  GArray     *tokens;
  Tokens     *next;
};

/* Sentences are immutable once built: the analysis creates them all at
 * once and hands them to the article. The text is a copy, so a sentence
 * outlives a reload of its article's file. */
struct _PlxSentence
{
  GObject  parent_instance;

  char    *text;
  gsize    start;
  gsize    end;
  guint    index;
  PlxRole  role;
  Tokens  *tokens;        /* prepended atomically: see plx_sentence_get_tokens() */
};

G_DEFINE_FINAL_TYPE (PlxSentence, plx_sentence, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_INDEX,
  PROP_ROLE,
  PROP_START,
  PROP_END,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
plx_sentence_finalize (GObject *object)
{
  PlxSentence *self = (PlxSentence *)object;
  Tokens *next;

  for (Tokens *t = self->tokens; t != NULL; t = next)
    {
      next = t->next;
      g_array_unref (t->tokens);
      g_free (t);
    }
  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (plx_sentence_parent_class)->finalize (object);
}

static void
plx_sentence_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PlxSentence *self = PLX_SENTENCE (object);

  switch (prop_id)
    {
    case PROP_INDEX:
      g_value_set_uint (value, self->index);
      break;

    case PROP_ROLE:
      g_value_set_enum (value, self->role);
      break;

    case PROP_START:
      g_value_set_uint64 (value, self->start);
      break;

    case PROP_END:
      g_value_set_uint64 (value, self->end);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plx_sentence_class_init (PlxSentenceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = plx_sentence_finalize;
  object_class->get_property = plx_sentence_get_property;

  properties[PROP_INDEX] =
    g_param_spec_uint ("index", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_ROLE] =
    g_param_spec_enum ("role", NULL, NULL,
                       PLX_TYPE_ROLE, PLX_ROLE_BODY,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_START] =
    g_param_spec_uint64 ("start", NULL, NULL,
                         0, G_MAXUINT64, 0,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_END] =
    g_param_spec_uint64 ("end", NULL, NULL,
                         0, G_MAXUINT64, 0,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
plx_sentence_init (PlxSentence *self)
{
}

/**
 * plx_sentence_new:
 * @index: position of the sentence among all sentences of its article
 * @role: what the sentence is
 * @start: byte offset of its first byte in the article's text
 * @end: byte offset just past its last byte
 * @text: the sentence's text (usually the bytes from @start to @end)
 *
 * Returns: (transfer full): a new sentence
 */
PlxSentence *
plx_sentence_new (guint       index,
                  PlxRole     role,
                  gsize       start,
                  gsize       end,
                  const char *text)
{
  PlxSentence *self;

  g_return_val_if_fail (start <= end, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  self = g_object_new (PLX_TYPE_SENTENCE, NULL);
  self->index = index;
  self->role = role;
  self->start = start;
  self->end = end;
  self->text = g_strdup (text);

  return self;
}

guint
plx_sentence_get_index (PlxSentence *self)
{
  g_return_val_if_fail (PLX_IS_SENTENCE (self), 0);

  return self->index;
}

PlxRole
plx_sentence_get_role (PlxSentence *self)
{
  g_return_val_if_fail (PLX_IS_SENTENCE (self), PLX_ROLE_BODY);

  return self->role;
}

gsize
plx_sentence_get_start (PlxSentence *self)
{
  g_return_val_if_fail (PLX_IS_SENTENCE (self), 0);

  return self->start;
}

gsize
plx_sentence_get_end (PlxSentence *self)
{
  g_return_val_if_fail (PLX_IS_SENTENCE (self), 0);

  return self->end;
}

const char *
plx_sentence_get_text (PlxSentence *self)
{
  g_return_val_if_fail (PLX_IS_SENTENCE (self), NULL);

  return self->text;
}

static Tokens *
find_tokens (Tokens     *list,
             const char *language)
{
  for (Tokens *t = list; t != NULL; t = t->next)
    if (t->language == language)
      return t;

  return NULL;
}

/**
 * plx_sentence_get_tokens:
 * @self: a #PlxSentence
 * @language: (nullable): the language to read the sentence in, as
 *   plx_tokenize() takes it
 *
 * The sentence's tokens, as plx_tokenize() gives them for @language,
 * computed on the first call and kept: the aligner, the diff and the
 * fact extractor all read the same tokens, and tokenising is the most
 * expensive step they share. Safe to call from several threads at once.
 *
 * Returns: (transfer none) (element-type PlxToken): the tokens, which
 *   live as long as the sentence
 */
GArray *
plx_sentence_get_tokens (PlxSentence *self,
                         const char  *language)
{
  const char *resolved;
  Tokens *head;
  Tokens *found;
  Tokens *made;

  g_return_val_if_fail (PLX_IS_SENTENCE (self), NULL);

  /* The tokens depend only on the language plx_tokenize() settles on:
   * NULL and "en" are the same for Latin text, "it" and "ru" the same
   * as no language at all. */
  resolved = plx_tokenize_language (self->text, -1, language);
  head = g_atomic_pointer_get (&self->tokens);
  found = find_tokens (head, resolved);
  if (found != NULL)
    return found->tokens;

  /* Not there: tokenise, and add ours unless another thread added the
   * same language meanwhile (then ours is dropped). */
  made = g_new (Tokens, 1);
  made->language = resolved;
  made->tokens = plx_tokenize (self->text, -1, language);
  do
    {
      found = find_tokens (head, resolved);
      if (found != NULL)
        {
          g_array_unref (made->tokens);
          g_free (made);
          return found->tokens;
        }
      made->next = head;
    }
  while (!g_atomic_pointer_compare_and_exchange_full (&self->tokens, head, made, &head));

  return made->tokens;
}
