"""The framework's floor: the least a Streamlit page holding the same kinds of elements costs to render.

`?kinds=plotly,dataframe,...` adds one element of each named kind to a hello-world page, so a page is
compared with a floor that loads the same lazily loaded front-end code (plotly.js, the data grid,
each widget's own script).
"""

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

kinds = set(st.query_params.get("kinds", "").split(","))
st.title("Hello, world")
st.write("The least a page costs.")
if "plotly" in kinds:
    st.plotly_chart(go.Figure(go.Scatter(x=[1, 2, 3], y=[2, 1, 3])))
if "dataframe" in kinds:
    st.dataframe(pd.DataFrame({"a": [1, 2, 3], "b": ["x", "y", "z"]}))
if "pills" in kinds:
    st.pills("Pills", ["a", "b"], selection_mode="multi")
if "segmented_control" in kinds:
    st.segmented_control("Choice", ["a", "b"])
if "text_input" in kinds:
    st.text_input("Text")
if "selectbox" in kinds:
    st.selectbox("Select", ["a", "b"])
if "slider" in kinds:
    st.slider("Slider", 0, 10, 5)
if "toggle" in kinds:
    st.toggle("Toggle")
if "download_button" in kinds:
    st.download_button("Download", "a,b\n1,2\n", "floor.csv")
if "expander" in kinds:
    st.expander("Expander").write("Inside")
if "popover" in kinds:
    st.popover("Popover").code("inside")
