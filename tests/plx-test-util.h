/* plx-test-util.h: helpers shared by the test programs
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "parallax-core.h"

G_BEGIN_DECLS

/* The good article beside each hostile input. */
#define PLX_TEST_GOOD_TEXT "Ministers met in Geneva on Friday. They agreed to meet again.\n"

/* The hostile-input tests write a corpus with one good article beside
 * the hostile input, load it and check what a user would notice: the
 * good article is there, a message names the bad file and says what is
 * wrong, nothing crashed or hung, and no file of the corpus was written
 * or touched (names, modes, sizes, modification times and checksums
 * before and after: the teardown compares them with @before, which every
 * test sets). Big inputs are generated, in a temporary folder. */
typedef struct
{
  char *dir;
  char *before;
} PlxTestCorpusFixture;

char       *plx_test_make_dir      (void);
void        plx_test_write_file    (const char  *dir,
                                    const char  *name,
                                    const char  *data,
                                    gssize       length);
void        plx_test_remove_tree   (const char  *dir);
char       *plx_test_snapshot_tree (const char  *dir);
char       *plx_test_list_dir      (const char  *dir);
PlxCorpus  *plx_test_load          (const char  *path);
PlxArticle *plx_test_analyse_text  (const char  *text);
gboolean    plx_test_has_warning   (PlxCorpus   *corpus,
                                    const char  *needle1,
                                    const char  *needle2);
const char *plx_test_sample_dir    (void);

PlxComparison *plx_test_compare     (PlxCorpus            *corpus,
                                     gboolean              align);
char          *plx_test_export_json (PlxCorpus            *corpus,
                                     gboolean              align,
                                     gboolean              pretty,
                                     gsize                *length);
char          *plx_test_export_html (PlxCorpus            *corpus);
PlxLedger    *plx_test_ledger_of_texts (const char * const  *texts,
                                        PlxCorpus          **corpus);
void          plx_test_choose_rows (PlxAlignment        *alignment,
                                    PlxRow             **single_a,
                                    PlxRow             **single_b,
                                    PlxRow             **pair);
PlxAlignment *plx_test_align_texts (const char * const  *texts,
                                    PlxCorpus          **corpus_out);

/* Adds a test that runs in a fresh temporary corpus folder. */
#define PLX_TEST_ADD_CORPUS(path, func) \
  g_test_add ((path), PlxTestCorpusFixture, NULL, plx_test_fixture_setup, (func), plx_test_fixture_teardown)

void        plx_test_fixture_setup         (PlxTestCorpusFixture *fixture,
                                            gconstpointer         data);
void        plx_test_fixture_teardown      (PlxTestCorpusFixture *fixture,
                                            gconstpointer         data);
PlxCorpus  *plx_test_fixture_load          (PlxTestCorpusFixture *fixture,
                                            const char           *sub);
void        plx_test_fixture_forget        (PlxTestCorpusFixture *fixture);
void        plx_test_assert_good_loaded_as (PlxCorpus            *corpus,
                                            const char           *id);
void        plx_test_assert_good_loaded    (PlxCorpus            *corpus);
void        plx_test_print_warnings        (PlxCorpus            *corpus);
gboolean    plx_test_any_text_contains     (PlxCorpus            *corpus,
                                            const char           *needle);
void        plx_test_write_quickly         (const char           *path,
                                            const char           *data,
                                            gsize                 length);
void        plx_test_make_link             (const char           *target,
                                            const char           *dir,
                                            const char           *name);
double      plx_test_elapsed_seconds       (gint64                start);
gsize       plx_test_peak_rss_kib          (void);

G_END_DECLS
