// The explorer: the reference client of our own API (views in views/, one URL each).
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter, Route, Routes } from "react-router";
import { Provider } from "urql";
import { createGraphClient } from "./client";
import { Layout } from "./ui";
import { ActorView } from "./views/ActorView";
import { ArticleView } from "./views/ArticleView";
import { CurationView } from "./views/CurationView";
import { EventView } from "./views/EventView";
import { SearchView } from "./views/SearchView";
import { Timeline } from "./views/Timeline";
import "./styles.css";

const client = createGraphClient();

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <Provider value={client}>
      <BrowserRouter>
        <Layout>
          <Routes>
            <Route path="/" element={<Timeline />} />
            <Route path="/events/:id" element={<EventView />} />
            <Route path="/actors/:id" element={<ActorView />} />
            <Route path="/articles/:id" element={<ArticleView />} />
            <Route path="/search" element={<SearchView />} />
            <Route path="/curation" element={<CurationView />} />
            <Route path="*" element={<p className="empty">No such page.</p>} />
          </Routes>
        </Layout>
      </BrowserRouter>
    </Provider>
  </StrictMode>,
);
